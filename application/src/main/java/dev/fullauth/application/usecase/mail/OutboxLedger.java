package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.policy.DeliveryPolicy;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.user.User;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of mail delivery, each call a short transaction of its own: finding due mails,
 * the claim before a mail is sent (with the lookup of its recipient's account) and the record of
 * the outcome after. {@link DeliverMailService} sends in between, outside any transaction, so that
 * no connection or row lock is held while the SMTP server answers. The worker's reads run in
 * transactions too: its threads are scheduled from a start-up observer, where the container-managed
 * entity manager is only certain to work inside one. A bean of its own because a call on the same
 * instance would bypass the transaction interceptor.
 */
@Dependent
public class OutboxLedger {
  private final MailOutbox outbox;
  private final UserRepository users;
  private final DeliveryPolicy policy;
  private final Clock clock;

  /**
   * A mail this worker holds until its lease ends.
   *
   * @param mail the mail as it was before the claim
   * @param recipient the account with the mail's address, or empty if there is none
   */
  public record Claim(OutboxMail mail, Optional<User> recipient) {}

  @Inject
  public OutboxLedger(MailOutbox outbox, UserRepository users, DeliveryPolicy policy, Clock clock) {
    this.outbox = outbox;
    this.users = users;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @return ids of due mails, at most one batch
   */
  @Transactional
  public List<UUID> due() {
    return outbox.dueIds(clock.instant(), policy.batchSize());
  }

  /**
   * Claims a due, pending mail for the lease: once this commits, no other worker (on any node)
   * takes it until the lease ends.
   *
   * @return the claim, or empty if the mail is not pending and due, or another worker claimed it
   *     first
   */
  @Transactional
  public Optional<Claim> claim(UUID mailId) {
    Instant now = clock.instant();
    Optional<OutboxMail> found = outbox.find(mailId).filter(m -> m.status() == MailStatus.PENDING);
    if (found.isEmpty() || !outbox.claim(mailId, now, now.plus(policy.lease()))) {
      return Optional.empty();
    }
    return Optional.of(new Claim(found.get(), users.findByEmail(found.get().recipient())));
  }

  /**
   * Records the outcome of a claimed mail (delivered, failed, skipped).
   *
   * @param outcome the mail in its new state
   */
  @Transactional
  public void record(OutboxMail outcome) {
    outbox.save(outcome);
  }
}
