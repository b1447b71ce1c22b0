package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.LoginAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Login failures in a map, with the port's window and lock rules; synchronized. */
public final class InMemoryLoginAttempts implements LoginAttempts {
  private record State(int count, Instant windowStart, Instant lockedUntil) {}

  private final Map<String, State> states = new HashMap<>();
  private final Clock clock;

  public InMemoryLoginAttempts(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized boolean isLocked(String identifier) {
    State s = states.get(identifier);
    return s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(clock.instant());
  }

  @Override
  public synchronized boolean recordFailure(String identifier, int maxAttempts, Duration window) {
    Instant now = clock.instant();
    State s = states.get(identifier);
    if (s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
      return false;
    }
    if (s == null || s.lockedUntil() != null || s.windowStart().plus(window).isBefore(now)) {
      s = new State(0, now, null);
    }
    int count = s.count() + 1;
    boolean locks = count >= maxAttempts;
    states.put(identifier, new State(count, s.windowStart(), locks ? now.plus(window) : null));
    return locks;
  }

  @Override
  public synchronized void clear(String identifier) {
    states.remove(identifier);
  }

  /**
   * @return the keys counted so far
   */
  public synchronized java.util.Set<String> keys() {
    return java.util.Set.copyOf(states.keySet());
  }
}
