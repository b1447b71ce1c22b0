package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.domain.event.AuthEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps published events for assertions. */
public final class RecordingEventPublisher implements EventPublisher {
  public final List<AuthEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void publishAfterCommit(AuthEvent event) {
    events.add(event);
  }
}
