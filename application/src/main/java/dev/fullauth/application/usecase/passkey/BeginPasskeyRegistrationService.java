package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.passkey.BeginPasskeyRegistrationUseCase;
import dev.fullauth.application.port.in.passkey.PasskeyRegistrationOptions;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;

/** Creation options for the caller (anchor §7.3), with their existing credentials excluded. */
@UseCase
public class BeginPasskeyRegistrationService implements BeginPasskeyRegistrationUseCase {
  private final PasskeyPolicy policy;
  private final PasskeyRepository passkeys;
  private final Challenges challenges;

  @Inject
  public BeginPasskeyRegistrationService(
      PasskeyPolicy policy, PasskeyRepository passkeys, Challenges challenges) {
    this.policy = policy;
    this.passkeys = passkeys;
    this.challenges = challenges;
  }

  @Override
  public PasskeyRegistrationOptions begin(User user) {
    if (!policy.enabled()) {
      throw new PasskeysDisabledException();
    }
    UserId userId = user.id();
    Challenges.Issued issued = challenges.issue(Challenges.Kind.REGISTRATION, userId.toString());
    return new PasskeyRegistrationOptions(
        policy.rpId(),
        policy.rpName(),
        Challenges.userHandle(userId),
        user.email().value(),
        issued.challenge(),
        PasskeyPolicy.ALGORITHMS,
        passkeys.findByUser(userId).stream().map(Passkey::credentialId).toList(),
        policy.requireUserVerification(),
        policy.challengeTtl().toMillis(),
        issued.key());
  }
}
