package dev.fullauth.bootstrap.system.app;

import dev.fullauth.domain.event.AuthEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An application's observer, added to the deployment by the system tests: it records every FullAuth
 * event it sees, by type and {@code toString} (which hides tokens).
 */
@ApplicationScoped
public class RecordingObserver {
  static final List<String> SEEN = new CopyOnWriteArrayList<>();

  void record(@Observes AuthEvent event) {
    SEEN.add(event.getClass().getSimpleName() + " " + event);
  }
}
