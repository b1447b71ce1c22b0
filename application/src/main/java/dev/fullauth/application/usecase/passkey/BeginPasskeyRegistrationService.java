package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.passkey.BeginPasskeyRegistrationUseCase;
import dev.fullauth.application.port.in.passkey.PasskeyRegistrationOptions;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.passkey.RecentLoginRequiredException;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Creation options for the caller (anchor §7.3), with their existing credentials excluded. Only a
 * session that began with a login within the policy's recent-login window may add a passkey.
 */
@UseCase
@Transactional
public class BeginPasskeyRegistrationService implements BeginPasskeyRegistrationUseCase {
  private final PasskeyPolicy policy;
  private final PasskeyRepository passkeys;
  private final Challenges challenges;
  private final SessionStore sessions;
  private final Clock clock;

  @Inject
  public BeginPasskeyRegistrationService(
      PasskeyPolicy policy,
      PasskeyRepository passkeys,
      Challenges challenges,
      SessionStore sessions,
      Clock clock) {
    this.policy = policy;
    this.passkeys = passkeys;
    this.challenges = challenges;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public PasskeyRegistrationOptions begin(AuthenticatedUser caller) {
    if (!policy.enabled()) {
      throw new PasskeysDisabledException();
    }
    User user = caller.user();
    UserId userId = user.id();
    // The session's first token marks its login; refreshed access tokens keep that time.
    Instant loggedInAt =
        caller
            .session()
            .flatMap(s -> sessions.sessionStartedAt(userId, s))
            .orElseThrow(RecentLoginRequiredException::new);
    if (loggedInAt.plus(policy.recentLogin()).isBefore(clock.instant())) {
      throw new RecentLoginRequiredException();
    }
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
