package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.OutboxMail;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The outbox in a map; claims are atomic per call. */
public final class InMemoryMailOutbox implements MailOutbox {
  private final Map<UUID, OutboxMail> mails = new ConcurrentHashMap<>();

  @Override
  public void enqueue(OutboxMail mail) {
    mails.put(mail.id(), mail);
  }

  @Override
  public List<UUID> dueIds(Instant now, int max) {
    return mails.values().stream()
        .filter(m -> m.status() == MailStatus.PENDING && !m.nextAttemptAt().isAfter(now))
        .sorted(Comparator.comparing(OutboxMail::nextAttemptAt))
        .limit(max)
        .map(OutboxMail::id)
        .toList();
  }

  @Override
  public synchronized boolean claim(UUID id, Instant now, Instant leaseUntil) {
    OutboxMail m = mails.get(id);
    if (m == null || m.status() != MailStatus.PENDING || m.nextAttemptAt().isAfter(now)) {
      return false;
    }
    mails.put(
        id,
        new OutboxMail(
            m.id(),
            m.recipient(),
            m.template(),
            m.locale(),
            m.status(),
            m.attempts(),
            leaseUntil,
            m.lastError(),
            m.createdAt(),
            m.deliveredAt()));
    return true;
  }

  @Override
  public Optional<OutboxMail> find(UUID id) {
    return Optional.ofNullable(mails.get(id));
  }

  @Override
  public void save(OutboxMail mail) {
    mails.put(mail.id(), mail);
  }

  @Override
  public synchronized int purgeFinished(Instant cutoff, int max) {
    List<OutboxMail> doomed =
        mails.values().stream()
            .filter(m -> m.status() != MailStatus.PENDING && m.createdAt().isBefore(cutoff))
            .limit(max)
            .toList();
    doomed.forEach(m -> mails.remove(m.id()));
    return doomed.size();
  }

  public List<OutboxMail> all() {
    return List.copyOf(mails.values());
  }
}
