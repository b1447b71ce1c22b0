package dev.fullauth.bootstrap.event;

import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.domain.event.AuthEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires account events as CDI events once the JTA transaction has committed (CONTRACT.md §4).
 * Applications observe the event records with plain {@code @Observes}. An observer that throws is
 * logged and ignored, so it can never change an HTTP answer.
 */
@ApplicationScoped
public class CdiEventPublisher implements EventPublisher {
  private static final Logger LOG = Logger.getLogger(CdiEventPublisher.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Event<AuthEvent> events;

  @Override
  public void publishAfterCommit(AuthEvent event) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      fire(event);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              fire(event);
            }
          }
        });
  }

  private void fire(AuthEvent event) {
    try {
      events.fire(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an observer of " + event.getClass().getSimpleName() + " failed", e);
    }
  }
}
