package dev.fullauth.application.port.in.maintenance;

/**
 * Deletes rows whose retention has ended: refresh tokens expired longer than the grace period ago,
 * and outbox mails finished (delivered, failed, skipped) longer than the grace period ago. One call
 * deletes at most one batch of each, in one short transaction, so that a large backlog never holds
 * locks for long; callers repeat while {@link PurgeResult#full} says a batch was full. Safe to run
 * on several nodes at once: every delete is idempotent.
 */
public interface PurgeRetiredRowsUseCase {
  /**
   * @return how many rows of each kind this batch deleted
   */
  PurgeResult purgeBatch();
}
