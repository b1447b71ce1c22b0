package dev.fullauth.bootstrap.session;

import dev.fullauth.application.port.in.session.RestoreRevocationsUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Refills the shared revocation list from the database at start. The list lives in the cluster's
 * memory only; after a restart of every node it would be empty, and the access tokens of sessions
 * logged out shortly before would work again until they expire. A failure aborts the start rather
 * than serve with an incomplete list.
 */
@ApplicationScoped
public class RevocationRestore {
  private static final Logger LOG = Logger.getLogger(RevocationRestore.class.getName());

  @Inject RestoreRevocationsUseCase restore;

  // Right after the schema migration (PLATFORM_BEFORE), before the other start-up observers.
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    int sessions = restore.restore();
    LOG.info("revocation list: " + sessions + " recently revoked session(s) restored");
  }
}
