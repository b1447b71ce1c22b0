package dev.fullauth.bootstrap.mail;

import dev.fullauth.application.port.in.mail.DeliverMailUseCase;
import dev.fullauth.bootstrap.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox worker: every {@code FULLAUTH_MAIL_POLL_MS} it delivers the due mails. Each delivery
 * claims its mail in a short transaction, sends it with no transaction open and records the outcome
 * in another (see {@code DeliverMailService}). Runs on every node; claims keep nodes from sending
 * one mail twice at once.
 */
@ApplicationScoped
public class MailDeliveryWorker {
  private static final Logger LOG = Logger.getLogger(MailDeliveryWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Resource ManagedExecutorService workers;

  @Inject Instance<DeliverMailUseCase> deliver;

  @Inject SchemaMigration schema;

  @Inject
  @ConfigProperty(name = "fullauth.mail.poll.ms")
  long pollMillis;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::deliverDue, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    if (task != null) {
      task.cancel(false);
    }
  }

  void deliverDue() {
    if (!schema.isMigrated()) {
      return;
    }
    try {
      DeliverMailUseCase useCase = deliver.get();
      // Mails of one round go out in parallel: each delivery is mostly waiting for the SMTP
      // server, and claims keep two deliveries of one mail apart.
      List<CompletableFuture<Void>> round = new ArrayList<>();
      for (UUID id : useCase.dueMail()) {
        round.add(CompletableFuture.runAsync(() -> deliverOne(useCase, id), workers));
      }
      CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)).join();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox round failed; retrying next round", e);
    }
  }

  private static void deliverOne(DeliverMailUseCase useCase, UUID id) {
    try {
      useCase.deliver(id);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "delivery of mail " + id + " failed; it is retried when its lease ends",
          e);
    }
  }
}
