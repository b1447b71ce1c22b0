package dev.fullauth.application.usecase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.port.out.MailSender;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.user.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * One delivery is three steps: the claim commits, the mail is sent with no transaction open, the
 * outcome is recorded in a transaction of its own ({@link OutboxLedger}'s methods are those
 * transactions).
 */
class MailDeliveryStepsTest {
  private final Fixture f = new Fixture();
  private final List<String> steps = new CopyOnWriteArrayList<>();

  private final OutboxLedger ledger =
      new OutboxLedger(f.outbox, f.users, f.deliveryPolicy, f.clock) {
        @Override
        public Optional<Claim> claim(UUID mailId) {
          Optional<Claim> claimed = super.claim(mailId);
          steps.add(claimed.isPresent() ? "claimed" : "not claimed");
          return claimed;
        }

        @Override
        public void record(OutboxMail outcome) {
          steps.add("recorded " + outcome.status());
          super.record(outcome);
        }
      };

  /** Notes the step and what the outbox shows while the SMTP server is talked to. */
  private final MailSender sender =
      message -> {
        OutboxMail row = f.outbox.all().get(0);
        steps.add("sent while " + row.status() + " until " + row.nextAttemptAt());
        f.mailSender.send(message);
      };

  private DeliverMailService worker() {
    return new DeliverMailService(
        ledger, sender, f.purposeTokens(), f.mailPolicy, f.deliveryPolicy, f.events, f.clock);
  }

  private UUID queuedVerificationMail() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestEmailVerification().request(in.user().id(), "en");
    return f.outbox.all().get(0).id();
  }

  private Instant leaseEnd() {
    return f.clock.instant().plus(f.deliveryPolicy.lease());
  }

  @Test
  void delivery_claimsFirst_sendsUnderTheLease_thenRecords() {
    UUID mail = queuedVerificationMail();

    assertThat(worker().deliver(mail)).isTrue();

    assertThat(steps)
        .containsExactly("claimed", "sent while PENDING until " + leaseEnd(), "recorded DELIVERED");
    assertThat(f.outbox.find(mail).orElseThrow().status()).isEqualTo(MailStatus.DELIVERED);
  }

  @Test
  void smtpFailure_recordsTheFailure_withoutASecondClaim() {
    UUID mail = queuedVerificationMail();
    f.mailSender.down = true;

    assertThat(worker().deliver(mail)).isFalse();

    assertThat(steps)
        .containsExactly("claimed", "sent while PENDING until " + leaseEnd(), "recorded PENDING");
    OutboxMail failed = f.outbox.find(mail).orElseThrow();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("SMTP down");
    assertThat(failed.nextAttemptAt())
        .isEqualTo(f.clock.instant().plus(f.deliveryPolicy.initialBackoff()));
  }

  @Test
  void unknownRecipient_isRecordedSkipped_withoutSending() {
    f.requestPasswordReset().request(EmailAddress.of("nobody@example.com"), "en");
    UUID mail = f.outbox.all().get(0).id();

    assertThat(worker().deliver(mail)).isFalse();

    assertThat(steps).containsExactly("claimed", "recorded SKIPPED");
    assertThat(f.mailSender.sent).isEmpty();
    assertThat(f.outbox.find(mail).orElseThrow().template()).isEqualTo(MailTemplate.RESET_PASSWORD);
  }

  @Test
  void aMailUnderAnotherWorkersLease_isNeitherSentNorRecorded() {
    UUID mail = queuedVerificationMail();
    assertThat(ledger.claim(mail)).isPresent();
    steps.clear();

    assertThat(worker().deliver(mail)).isFalse();

    assertThat(steps).containsExactly("not claimed");
    assertThat(f.mailSender.sent).isEmpty();
  }
}
