package dev.fullauth.application.port.out;

import java.time.Duration;

/** Sliding-window counters shared by every node; each call is atomic on its key. */
public interface RateLimiter {
  /**
   * Counts one request unless {@code limit} requests are already in the window.
   *
   * @return whether it was counted, what remains, and when the oldest counted request leaves
   */
  RateDecision tryAcquire(String key, int limit, Duration window);

  /**
   * @param allowed whether the request was counted
   * @param remaining requests left in the window after this one
   * @param resetSeconds seconds until the oldest counted request leaves the window, at least 1
   */
  record RateDecision(boolean allowed, int remaining, long resetSeconds) {}
}
