package dev.fullauth.domain.mail;

import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail in the outbox. It is written in the same transaction as the request that asked for it,
 * whether or not an account has the address, and holds no secret: the worker that delivers it looks
 * the account up and mints the link's token only at delivery time. So an SMTP outage loses nothing,
 * the HTTP answer never waits for SMTP, and tokens are never at rest.
 *
 * @param id identity
 * @param recipient the address as requested
 * @param template what to render
 * @param locale BCP 47 language tag of the preferred template language, e.g. {@code en}
 * @param status where it stands
 * @param attempts delivery attempts made
 * @param nextAttemptAt when a worker may try (again); a claim moves it forward as a lease
 * @param lastError the last failure, without secrets, may be null
 * @param createdAt when it was queued
 * @param deliveredAt when the SMTP server accepted it, may be null
 */
public record OutboxMail(
    UUID id,
    EmailAddress recipient,
    MailTemplate template,
    String locale,
    MailStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {
  /** Attempts before a mail is given up. */
  public static final int MAX_ATTEMPTS = 12;

  public OutboxMail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * @return a new pending mail, due at once
   */
  public static OutboxMail queue(
      EmailAddress recipient, MailTemplate template, String locale, Instant now) {
    return new OutboxMail(
        TimeOrderedIds.uuidV7(now),
        recipient,
        template,
        locale,
        MailStatus.PENDING,
        0,
        now,
        null,
        now,
        null);
  }

  /**
   * @return this mail, accepted by the SMTP server
   */
  public OutboxMail delivered(Instant now) {
    return new OutboxMail(
        id,
        recipient,
        template,
        locale,
        MailStatus.DELIVERED,
        attempts + 1,
        nextAttemptAt,
        null,
        createdAt,
        now);
  }

  /**
   * @return this mail, not sent because no account has the address
   */
  public OutboxMail skipped() {
    return new OutboxMail(
        id,
        recipient,
        template,
        locale,
        MailStatus.SKIPPED,
        attempts,
        nextAttemptAt,
        null,
        createdAt,
        null);
  }

  /**
   * One more failed attempt. The wait doubles from {@code initialBackoff} up to {@code maxBackoff};
   * after {@link #MAX_ATTEMPTS} attempts the mail is given up.
   *
   * @param error what failed, free of secrets
   * @return this mail after the failure
   */
  public OutboxMail failed(
      Instant now, String error, Duration initialBackoff, Duration maxBackoff) {
    int made = attempts + 1;
    if (made >= MAX_ATTEMPTS) {
      return new OutboxMail(
          id,
          recipient,
          template,
          locale,
          MailStatus.FAILED,
          made,
          nextAttemptAt,
          error,
          createdAt,
          null);
    }
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(made - 1, 20));
    if (wait.compareTo(maxBackoff) > 0) {
      wait = maxBackoff;
    }
    return new OutboxMail(
        id,
        recipient,
        template,
        locale,
        MailStatus.PENDING,
        made,
        now.plus(wait),
        error,
        createdAt,
        null);
  }
}
