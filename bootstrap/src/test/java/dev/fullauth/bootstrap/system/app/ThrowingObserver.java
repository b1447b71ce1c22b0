package dev.fullauth.bootstrap.system.app;

import dev.fullauth.domain.event.UserRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** An application's broken observer: it throws on every registration. */
@ApplicationScoped
public class ThrowingObserver {
  void fail(@Observes UserRegistered event) {
    throw new IllegalStateException("observer failure on purpose");
  }
}
