package dev.fullauth.bootstrap.maintenance;

import dev.fullauth.application.policy.RetentionPolicy;
import dev.fullauth.application.port.in.maintenance.PurgeResult;
import dev.fullauth.application.port.in.maintenance.PurgeRetiredRowsUseCase;
import dev.fullauth.bootstrap.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention worker: every {@code FULLAUTH_RETENTION_INTERVAL_MINUTES} it deletes refresh tokens
 * and finished outbox mails whose grace period has ended, one bounded batch per transaction. Runs
 * on every node; the deletes are idempotent, so nodes running at the same time only share the work.
 */
@ApplicationScoped
public class RetentionWorker {
  private static final Logger LOG = Logger.getLogger(RetentionWorker.class.getName());

  /** Rows deleted per transaction, of each kind. */
  static final int BATCH_SIZE = 500;

  /**
   * Batches per round: a backlog larger than this many batches is finished by the next rounds, so
   * one round never occupies a scheduler thread for long.
   */
  static final int MAX_BATCHES_PER_ROUND = 200;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Instance<PurgeRetiredRowsUseCase> purge;

  @Inject SchemaMigration schema;

  @Inject
  @ConfigProperty(name = "fullauth.retention.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "fullauth.retention.interval.minutes")
  long intervalMinutes;

  @Inject
  @ConfigProperty(name = "fullauth.retention.grace.days")
  long graceDays;

  private ScheduledFuture<?> task;

  @Produces
  @Singleton
  RetentionPolicy retentionPolicy() {
    return new RetentionPolicy(Duration.ofDays(graceDays), BATCH_SIZE);
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Checked even when disabled: a wrong value must not wait until someone switches it on.
    retentionPolicy();
    if (intervalMinutes < 1) {
      throw new IllegalArgumentException("FULLAUTH_RETENTION_INTERVAL_MINUTES must be at least 1");
    }
    if (!enabled) {
      LOG.info("retention worker disabled (FULLAUTH_RETENTION_ENABLED=false)");
      return;
    }
    // The first round comes soon after start, so that nodes restarted more often than the interval
    // still purge.
    task =
        scheduler.scheduleWithFixedDelay(
            this::purgeRound, Math.min(intervalMinutes, 1), intervalMinutes, TimeUnit.MINUTES);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    if (task != null) {
      task.cancel(false);
    }
  }

  void purgeRound() {
    if (!schema.isMigrated()) {
      return;
    }
    try {
      PurgeRetiredRowsUseCase useCase = purge.get();
      long tokens = 0;
      long mails = 0;
      for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
        PurgeResult result = useCase.purgeBatch();
        tokens += result.refreshTokens();
        mails += result.mails();
        if (!result.full()) {
          break;
        }
      }
      if (tokens > 0 || mails > 0) {
        LOG.info(
            "retention: deleted " + tokens + " refresh token(s) and " + mails + " outbox mail(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "retention round failed; retrying next round", e);
    }
  }
}
