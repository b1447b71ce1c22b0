package dev.fullauth.adapter.persistence.mail;

import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox in {@code fullauth_mail_outbox}; claims are compare-and-swap updates. */
public final class JpaMailOutbox implements MailOutbox {
  private static final int ERROR_MAX = 500;

  private final EntityManager em;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaMailOutbox(EntityManager em) {
    this.em = em;
  }

  @Override
  public void enqueue(OutboxMail mail) {
    OutboxMailJpaEntity row = new OutboxMailJpaEntity();
    copy(mail, row);
    em.persist(row);
  }

  @Override
  public List<UUID> dueIds(Instant now, int max) {
    return em.createQuery(
            "SELECT m.id FROM OutboxMailJpaEntity m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt, m.id",
            UUID.class)
        .setParameter("pending", MailStatus.PENDING.name())
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public boolean claim(UUID id, Instant now, Instant leaseUntil) {
    em.flush();
    int claimed =
        em.createQuery(
                "UPDATE OutboxMailJpaEntity m SET m.nextAttemptAt = :lease"
                    + " WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now")
            .setParameter("lease", leaseUntil)
            .setParameter("id", id)
            .setParameter("pending", MailStatus.PENDING.name())
            .setParameter("now", now)
            .executeUpdate();
    em.clear();
    return claimed == 1;
  }

  @Override
  public Optional<OutboxMail> find(UUID id) {
    return Optional.ofNullable(em.find(OutboxMailJpaEntity.class, id)).map(JpaMailOutbox::toDomain);
  }

  @Override
  public void save(OutboxMail mail) {
    OutboxMailJpaEntity row = em.find(OutboxMailJpaEntity.class, mail.id());
    if (row != null) {
      copy(mail, row);
    }
  }

  @Override
  public int purgeFinished(Instant cutoff, int max) {
    // One bounded batch of ids, then a delete of those that still qualify (see JpaSessionStore).
    List<UUID> ids =
        em.createQuery(
                "SELECT m.id FROM OutboxMailJpaEntity m"
                    + " WHERE m.createdAt < :cutoff AND m.status <> :pending ORDER BY m.id",
                UUID.class)
            .setParameter("cutoff", cutoff)
            .setParameter("pending", MailStatus.PENDING.name())
            .setMaxResults(max)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    em.flush();
    int deleted =
        em.createQuery(
                "DELETE FROM OutboxMailJpaEntity m"
                    + " WHERE m.id IN :ids AND m.createdAt < :cutoff AND m.status <> :pending")
            .setParameter("ids", ids)
            .setParameter("cutoff", cutoff)
            .setParameter("pending", MailStatus.PENDING.name())
            .executeUpdate();
    em.clear();
    return deleted;
  }

  private static OutboxMail toDomain(OutboxMailJpaEntity row) {
    return new OutboxMail(
        row.id,
        new EmailAddress(row.recipient),
        MailTemplate.valueOf(row.template),
        row.locale,
        MailStatus.valueOf(row.status),
        row.attempts,
        row.nextAttemptAt,
        row.lastError,
        row.createdAt,
        row.deliveredAt);
  }

  private static void copy(OutboxMail mail, OutboxMailJpaEntity row) {
    row.id = mail.id();
    row.recipient = mail.recipient().value();
    row.template = mail.template().name();
    row.locale = mail.locale();
    row.status = mail.status().name();
    row.attempts = mail.attempts();
    row.nextAttemptAt = mail.nextAttemptAt();
    row.lastError =
        mail.lastError() == null || mail.lastError().length() <= ERROR_MAX
            ? mail.lastError()
            : mail.lastError().substring(0, ERROR_MAX);
    row.createdAt = mail.createdAt();
    row.deliveredAt = mail.deliveredAt();
  }
}
