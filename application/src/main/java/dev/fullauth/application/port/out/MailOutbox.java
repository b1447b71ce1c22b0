package dev.fullauth.application.port.out;

import dev.fullauth.domain.mail.OutboxMail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The durable queue of outgoing mail. Joins the caller's transaction. */
public interface MailOutbox {
  /** Queues a mail; it commits or rolls back with the caller's change. */
  void enqueue(OutboxMail mail);

  /**
   * @return ids of pending mails due at {@code now}, oldest first, at most {@code max}
   */
  List<UUID> dueIds(Instant now, int max);

  /**
   * Compare-and-swap claim: moves a due, pending mail's next attempt to {@code leaseUntil}, so that
   * no other worker (on any node) takes it before the lease ends.
   *
   * @return whether this caller got the mail
   */
  boolean claim(UUID id, Instant now, Instant leaseUntil);

  /**
   * @return the mail, or empty
   */
  Optional<OutboxMail> find(UUID id);

  /** Saves a changed mail (delivered, failed, skipped). */
  void save(OutboxMail mail);

  /**
   * Deletes at most {@code max} finished mails (anything but pending) created before {@code
   * cutoff}. Idempotent: concurrent callers (on several nodes) delete each row once between them.
   *
   * @return how many rows this call deleted
   */
  int purgeFinished(Instant cutoff, int max);
}
