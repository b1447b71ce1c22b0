package dev.fullauth.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {
  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void failures_backOffExponentially_upToTheCeiling_thenGiveUp() {
    OutboxMail mail =
        OutboxMail.queue(EmailAddress.of("a@b.co"), MailTemplate.VERIFY_EMAIL, "en", now);
    Duration initial = Duration.ofSeconds(5);
    Duration max = Duration.ofSeconds(30);
    OutboxMail once = mail.failed(now, "down", initial, max);
    assertThat(once.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
    OutboxMail twice = once.failed(now, "down", initial, max);
    assertThat(twice.nextAttemptAt()).isEqualTo(now.plusSeconds(10));
    OutboxMail many = twice;
    for (int i = 2; i < OutboxMail.MAX_ATTEMPTS - 1; i++) {
      many = many.failed(now, "down", initial, max);
      assertThat(many.status()).isEqualTo(MailStatus.PENDING);
      assertThat(Duration.between(now, many.nextAttemptAt())).isLessThanOrEqualTo(max);
    }
    OutboxMail last = many.failed(now, "still down", initial, max);
    assertThat(last.status()).isEqualTo(MailStatus.FAILED);
    assertThat(last.attempts()).isEqualTo(OutboxMail.MAX_ATTEMPTS);
    assertThat(last.lastError()).isEqualTo("still down");
  }

  @Test
  void delivery_andSkipping_areFinal() {
    OutboxMail mail =
        OutboxMail.queue(EmailAddress.of("a@b.co"), MailTemplate.RESET_PASSWORD, "en", now);
    assertThat(mail.delivered(now).status()).isEqualTo(MailStatus.DELIVERED);
    assertThat(mail.delivered(now).deliveredAt()).isEqualTo(now);
    assertThat(mail.skipped().status()).isEqualTo(MailStatus.SKIPPED);
  }
}
