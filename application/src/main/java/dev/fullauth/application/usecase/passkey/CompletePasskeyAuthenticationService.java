package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.passkey.CompletePasskeyAuthenticationUseCase;
import dev.fullauth.application.port.in.passkey.PasskeyLoginResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.PasskeyVerificationException;
import dev.fullauth.application.port.out.PasskeyVerifier;
import dev.fullauth.application.port.out.PasskeyVerifier.AssertionInfo;
import dev.fullauth.application.port.out.PasskeyVerifier.VerifiedAssertion;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.session.SessionIssuer;
import dev.fullauth.domain.event.UserLoggedIn;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * Passwordless login (anchor §7.6): the challenge is consumed first; the credential is found by its
 * id; a user handle, when sent, must name the credential's owner; the assertion is verified; then
 * the counter and {@code last_used_at} are updated by compare-and-swap, so that of two assertions
 * racing with the same counter at most one logs in (WebAuthn L3 §6.1.1).
 */
@UseCase
@Transactional
public class CompletePasskeyAuthenticationService implements CompletePasskeyAuthenticationUseCase {
  private final PasskeyPolicy policy;
  private final Challenges challenges;
  private final PasskeyVerifier verifier;
  private final PasskeyRepository passkeys;
  private final UserRepository users;
  private final SessionIssuer issuer;
  private final EventPublisher events;
  private final Clock clock;

  @Inject
  public CompletePasskeyAuthenticationService(
      PasskeyPolicy policy,
      Challenges challenges,
      PasskeyVerifier verifier,
      PasskeyRepository passkeys,
      UserRepository users,
      SessionIssuer issuer,
      EventPublisher events,
      Clock clock) {
    this.policy = policy;
    this.challenges = challenges;
    this.verifier = verifier;
    this.passkeys = passkeys;
    this.users = users;
    this.issuer = issuer;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public PasskeyLoginResult complete(
      String challengeKey, String credentialJson, ClientInfo client) {
    if (!policy.enabled()) {
      throw new PasskeysDisabledException();
    }
    Optional<byte[]> challenge = challenges.take(Challenges.Kind.AUTHENTICATION, challengeKey, "");
    if (challenge.isEmpty()) {
      return new PasskeyLoginResult.Rejected("challenge unknown, used or expired");
    }
    try {
      AssertionInfo info = verifier.parseAssertion(credentialJson);
      Optional<Passkey> found = passkeys.findByCredentialId(info.credentialId());
      if (found.isEmpty()) {
        return new PasskeyLoginResult.Rejected("unknown credential");
      }
      Passkey passkey = found.get();
      if (info.userHandle() != null
          && !MessageDigest.isEqual(info.userHandle(), Challenges.userHandle(passkey.userId()))) {
        return new PasskeyLoginResult.Rejected("user handle does not own the credential");
      }
      VerifiedAssertion verified =
          verifier.verifyAssertion(credentialJson, challenges.ceremony(challenge.get()), passkey);
      if (!passkey.acceptsSignCount(verified.signCount())) {
        return new PasskeyLoginResult.Rejected("signature counter did not grow (cloned?)");
      }
      Optional<User> owner = users.findById(passkey.userId()).filter(User::isActive);
      if (owner.isEmpty()) {
        return new PasskeyLoginResult.Rejected("owner missing or inactive");
      }
      // Last check, and the only write: counter and last use change together or not at all.
      if (!passkeys.recordUse(
          passkey.id(),
          passkey.signCount(),
          verified.signCount(),
          verified.backedUp(),
          clock.instant())) {
        return new PasskeyLoginResult.Rejected("counter changed concurrently");
      }
      var tokens = issuer.issue(owner.get(), SessionId.generate(), client);
      events.publishAfterCommit(new UserLoggedIn(owner.get()));
      return new PasskeyLoginResult.LoggedIn(owner.get(), tokens);
    } catch (PasskeyVerificationException e) {
      return new PasskeyLoginResult.Rejected("verification failed: " + e.getMessage());
    }
  }
}
