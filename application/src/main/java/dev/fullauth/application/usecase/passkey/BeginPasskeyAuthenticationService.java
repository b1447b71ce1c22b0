package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.passkey.BeginPasskeyAuthenticationUseCase;
import dev.fullauth.application.port.in.passkey.PasskeyAuthenticationOptions;
import dev.fullauth.application.port.in.passkey.PasskeyAuthenticationOptions.AllowedCredential;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Request options (anchor §7.5). With an e-mail the user's credentials are listed; an unknown
 * address and one without passkeys both give an empty list, so the answer reveals nothing.
 */
@UseCase
@Transactional
public class BeginPasskeyAuthenticationService implements BeginPasskeyAuthenticationUseCase {
  private final PasskeyPolicy policy;
  private final UserRepository users;
  private final PasskeyRepository passkeys;
  private final Challenges challenges;

  @Inject
  public BeginPasskeyAuthenticationService(
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
  public PasskeyAuthenticationOptions begin(String email) {
    if (!policy.enabled()) {
      throw new PasskeysDisabledException();
    }
    List<AllowedCredential> allowed =
        EmailAddress.parse(email).flatMap(users::findByEmail).stream()
            .flatMap(u -> passkeys.findByUser(u.id()).stream())
            .map(p -> new AllowedCredential(p.credentialId(), p.transports()))
            .toList();
    Challenges.Issued issued = challenges.issue(Challenges.Kind.AUTHENTICATION, "");
    return new PasskeyAuthenticationOptions(
        policy.rpId(),
        issued.challenge(),
        allowed,
        policy.requireUserVerification(),
        policy.challengeTtl().toMillis(),
        issued.key());
  }
}
