package dev.fullauth.adapter.persistence.cache;

import dev.fullauth.application.port.out.LoginAttempts;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * Failed-login counters in a JCache cache (Hazelcast on Payara, shared by the cluster). Every
 * change is an entry processor that runs atomically on the entry's owner, so concurrent failures on
 * several nodes are all counted and a lock is set exactly once.
 */
public final class JCacheLoginAttempts implements LoginAttempts {
  private final Cache<String, Attempts> cache;
  private final Clock clock;

  /**
   * @param cache the shared cache; its expiry must outlast the lockout duration after each update
   * @param clock decides windows and locks
   */
  public JCacheLoginAttempts(Cache<String, Attempts> cache, Clock clock) {
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public boolean isLocked(String identifier) {
    Attempts state = cache.get(identifier);
    return state != null && state.lockedUntil() > clock.millis();
  }

  @Override
  public boolean recordFailure(String identifier, int maxAttempts, Duration window) {
    return cache.invoke(
        identifier, new RecordFailure(), clock.millis(), maxAttempts, window.toMillis());
  }

  @Override
  public void clear(String identifier) {
    cache.remove(identifier);
  }

  /**
   * The failures of one identifier.
   *
   * @param count failures in the current window
   * @param windowStart epoch millis of the window's first failure
   * @param lockedUntil epoch millis the lock ends, 0 when not locked
   */
  public record Attempts(int count, long windowStart, long lockedUntil) implements Serializable {}

  /** Counts a failure and locks on reaching the maximum; returns whether it locked. */
  static final class RecordFailure
      implements EntryProcessor<String, Attempts, Boolean>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean process(MutableEntry<String, Attempts> entry, Object... args) {
      long now = (Long) args[0];
      int max = (Integer) args[1];
      long window = (Long) args[2];
      Attempts state = entry.exists() ? entry.getValue() : null;
      if (state != null && state.lockedUntil() > now) {
        return false;
      }
      if (state == null || state.lockedUntil() != 0 || now - state.windowStart() > window) {
        state = new Attempts(0, now, 0);
      }
      int count = state.count() + 1;
      boolean locks = count >= max;
      entry.setValue(new Attempts(count, state.windowStart(), locks ? now + window : 0));
      return locks;
    }
  }
}
