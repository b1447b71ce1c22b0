package dev.fullauth.application.usecase.maintenance;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.RetentionPolicy;
import dev.fullauth.application.port.in.maintenance.PurgeResult;
import dev.fullauth.application.port.in.maintenance.PurgeRetiredRowsUseCase;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.SessionStore;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Deletes one batch of retired refresh tokens and outbox mails. A refresh token is kept until it
 * has expired plus the grace period, revoked or not: while it could still be presented, its row is
 * what recognises a replayed rotated token and burns its session.
 */
@UseCase
@Transactional
public class PurgeRetiredRowsService implements PurgeRetiredRowsUseCase {
  private final SessionStore sessions;
  private final MailOutbox outbox;
  private final RetentionPolicy policy;
  private final Clock clock;

  @Inject
  public PurgeRetiredRowsService(
      SessionStore sessions, MailOutbox outbox, RetentionPolicy policy, Clock clock) {
    this.sessions = sessions;
    this.outbox = outbox;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public PurgeResult purgeBatch() {
    Instant cutoff = clock.instant().minus(policy.grace());
    int tokens = sessions.purgeExpired(cutoff, policy.batchSize());
    int mails = outbox.purgeFinished(cutoff, policy.batchSize());
    return new PurgeResult(tokens, mails, policy.batchSize());
  }
}
