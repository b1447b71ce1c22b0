package dev.fullauth.adapter.persistence.cache;

import dev.fullauth.application.port.out.RateLimiter;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
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
  public OptionalLong tryAcquire(String key, int limit, Duration window) {
    long retryAfter = cache.invoke(key, new Acquire(), clock.millis(), limit, window.toMillis());
    return retryAfter == 0 ? OptionalLong.empty() : OptionalLong.of(retryAfter);
  }

  /**
   * Returns 0 when the request was counted, else the seconds until the oldest leaves the window.
   */
  static final class Acquire implements EntryProcessor<String, long[], Long>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Long process(MutableEntry<String, long[]> entry, Object... args) {
      long now = (Long) args[0];
      int limit = (Integer) args[1];
      long window = (Long) args[2];
      long[] hits = entry.exists() ? entry.getValue() : new long[0];
      long[] live = Arrays.stream(hits).filter(t -> t > now - window).toArray();
      if (live.length >= limit) {
        entry.setValue(live);
        long oldest = Arrays.stream(live).min().orElse(now);
        return Math.max(1, (oldest + window - now + 999) / 1000);
      }
      long[] counted = Arrays.copyOf(live, live.length + 1);
      counted[live.length] = now;
      entry.setValue(counted);
      return 0L;
    }
  }
}
