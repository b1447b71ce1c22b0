package dev.fullauth.adapter.persistence.cache;

import dev.fullauth.application.port.out.RateLimiter;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import javax.cache.Cache;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * Sliding-window rate limits in a JCache cache (anchor §5.4): each key holds the timestamps of its
 * counted requests; an entry processor prunes, decides and records atomically on the entry's owner,
 * so limits hold across all nodes without lost updates.
 */
public final class JCacheRateLimiter implements RateLimiter {
  private final Cache<String, long[]> cache;
  private final Clock clock;

  /**
   * @param cache the shared cache; its expiry must outlast the window after each update
   * @param clock decides the window
   */
  public JCacheRateLimiter(Cache<String, long[]> cache, Clock clock) {
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public RateDecision tryAcquire(String key, int limit, Duration window) {
    long[] result = cache.invoke(key, new Acquire(), clock.millis(), limit, window.toMillis());
    return new RateDecision(result[0] == 1, (int) result[1], result[2]);
  }

  /** Returns {allowed (1/0), remaining, seconds until the oldest counted request leaves}. */
  static final class Acquire implements EntryProcessor<String, long[], long[]>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public long[] process(MutableEntry<String, long[]> entry, Object... args) {
      long now = (Long) args[0];
      int limit = (Integer) args[1];
      long window = (Long) args[2];
      long[] hits = entry.exists() ? entry.getValue() : new long[0];
      long[] live = Arrays.stream(hits).filter(t -> t > now - window).toArray();
      if (live.length >= limit) {
        entry.setValue(live);
        return new long[] {0, 0, reset(live, now, window)};
      }
      long[] counted = Arrays.copyOf(live, live.length + 1);
      counted[live.length] = now;
      entry.setValue(counted);
      return new long[] {1, limit - counted.length, reset(counted, now, window)};
    }

    private static long reset(long[] hits, long now, long window) {
      long oldest = Arrays.stream(hits).min().orElse(now);
      return Math.max(1, (oldest + window - now + 999) / 1000);
    }
  }
}
