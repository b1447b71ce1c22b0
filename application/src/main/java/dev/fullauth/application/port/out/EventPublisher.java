package dev.fullauth.application.port.out;

import dev.fullauth.domain.event.AuthEvent;

/**
 * Publishes account events once the current transaction has committed (CONTRACT.md §4). A failing
 * observer is logged and never affects the caller. Without a transaction the event is published at
 * once.
 */
public interface EventPublisher {
  /** Queues the event for publication after commit; dropped if the transaction rolls back. */
  void publishAfterCommit(AuthEvent event);
}
