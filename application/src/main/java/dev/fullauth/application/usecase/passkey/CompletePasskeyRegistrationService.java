package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.passkey.CompletePasskeyRegistrationUseCase;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.PasskeyVerificationException;
import dev.fullauth.application.port.out.PasskeyVerifier;
import dev.fullauth.application.port.out.PasskeyVerifier.RegisteredCredential;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.passkey.ChallengeExpiredException;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.passkey.PasskeyRegistrationFailedException;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Verifies a registration response against the caller's challenge and stores the credential (anchor
 * §7.4). A credential id that is already registered — to anyone — is refused (WebAuthn L3 §7.1 step
 * 25). The owner is sent a mail about the new passkey.
 */
@UseCase
@Transactional
public class CompletePasskeyRegistrationService implements CompletePasskeyRegistrationUseCase {
  private static final Logger LOG =
      Logger.getLogger(CompletePasskeyRegistrationService.class.getName());

  private final PasskeyPolicy policy;
  private final Challenges challenges;
  private final PasskeyVerifier verifier;
  private final PasskeyRepository passkeys;
  private final UserRepository users;
  private final MailOutbox outbox;
  private final Clock clock;

  @Inject
  public CompletePasskeyRegistrationService(
      PasskeyPolicy policy,
      Challenges challenges,
      PasskeyVerifier verifier,
      PasskeyRepository passkeys,
      UserRepository users,
      MailOutbox outbox,
      Clock clock) {
    this.policy = policy;
    this.challenges = challenges;
    this.verifier = verifier;
    this.passkeys = passkeys;
    this.users = users;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public Passkey complete(
      UserId user, String challengeKey, String credentialJson, String deviceName) {
    if (!policy.enabled()) {
      throw new PasskeysDisabledException();
    }
    byte[] challenge =
        challenges
            .take(Challenges.Kind.REGISTRATION, challengeKey, user.toString())
            .orElseThrow(ChallengeExpiredException::new);
    RegisteredCredential credential;
    try {
      credential = verifier.verifyRegistration(credentialJson, challenges.ceremony(challenge));
    } catch (PasskeyVerificationException e) {
      LOG.info(() -> "passkey registration refused for user " + user + ": " + e.getMessage());
      throw new PasskeyRegistrationFailedException();
    }
    Instant now = clock.instant();
    Passkey passkey =
        new Passkey(
            TimeOrderedIds.uuidV7(now),
            user,
            credential.credentialId(),
            credential.publicKey(),
            credential.signCount(),
            deviceName,
            credential.transports(),
            credential.backupEligible(),
            credential.backedUp(),
            credential.userVerified(),
            now,
            null);
    if (!passkeys.insert(passkey)) {
      // Registered before, or by a concurrent request that won the race; nothing was written.
      LOG.info(() -> "passkey registration refused for user " + user + ": credential id taken");
      throw new PasskeyRegistrationFailedException();
    }
    // The owner hears of every new credential: if it was not them, they act (README, "Passkeys").
    users
        .findById(user)
        .ifPresent(
            owner ->
                outbox.enqueue(
                    OutboxMail.queue(owner.email(), MailTemplate.PASSKEY_ADDED, "en", now)));
    return passkey;
  }
}
