package dev.fullauth.application.port.out;

import java.time.Duration;
import java.util.OptionalLong;

/** Sliding-window counters shared by every node; each call is atomic on its key. */
public interface RateLimiter {
  /**
   * Counts one request unless {@code limit} requests are already in the window.
   *
   * @return empty when counted; else the seconds until a slot frees up
   */
  OptionalLong tryAcquire(String key, int limit, Duration window);
}
