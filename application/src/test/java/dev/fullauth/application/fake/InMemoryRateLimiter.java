package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Sliding windows in a map, by the given clock; synchronized. */
public final class InMemoryRateLimiter implements RateLimiter {
  private final Map<String, Deque<Instant>> hits = new HashMap<>();
  private final Clock clock;

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized RateDecision tryAcquire(String key, int limit, Duration window) {
    Instant now = clock.instant();
    Deque<Instant> log = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!log.isEmpty() && !log.peekFirst().isAfter(now.minus(window))) {
      log.pollFirst();
    }
    if (log.size() >= limit) {
      return new RateDecision(false, 0, reset(log, now, window));
    }
    log.addLast(now);
    return new RateDecision(true, limit - log.size(), reset(log, now, window));
  }

  private static long reset(Deque<Instant> log, Instant now, Duration window) {
    long wait = Duration.between(now, log.peekFirst().plus(window)).toMillis();
    return Math.max(1, (wait + 999) / 1000);
  }
}
