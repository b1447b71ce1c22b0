package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.passkey.BeginPasskeyRegistrationUseCase;
import dev.fullauth.application.port.in.passkey.PasskeyRegistrationOptions;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/** Creation options for the caller (anchor §7.3), with their existing credentials excluded. */
@UseCase
public class BeginPasskeyRegistrationService implements BeginPasskeyRegistrationUseCase {
  private final PasskeyPolicy policy;
  private final UserRepository users;
  private final PasskeyRepository passkeys;
  private final Challenges challenges;

  @Inject
  public BeginPasskeyRegistrationService(
      PasskeyPolicy policy,
      UserRepository users,
      PasskeyRepository passkeys,
      Challenges challenges) {
    this.policy = policy;
    this.users = users;
    this.passkeys = passkeys;
    this.challenges = challenges;
  }

  @Override
  public PasskeyRegistrationOptions begin(UserId userId) {
    if (!policy.enabled()) {
      throw new PasskeysDisabledException();
    }
    User user =
        users.findById(userId).orElseThrow(() -> new InvalidCredentialsException("no user"));
    Challenges.Issued issued = challenges.issue(Challenges.Kind.REGISTRATION, userId.toString());
    return new PasskeyRegistrationOptions(
        policy.rpId(),
        policy.rpName(),
        userId.toString().getBytes(StandardCharsets.UTF_8),
        user.email().value(),
        issued.challenge(),
        passkeys.findByUser(userId).stream().map(Passkey::credentialId).toList(),
        policy.requireUserVerification(),
        policy.challengeTtl().toMillis(),
        issued.key());
  }
}
