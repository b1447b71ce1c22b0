package dev.fullauth.adapter.persistence.cache;

import dev.fullauth.application.port.out.OneTimeStore;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.cache.Cache;

/**
 * Single-use values in a JCache cache shared by the cluster (CONTRACT.md item 7). {@link
 * Cache#getAndRemove} is atomic on the owning member, so two nodes racing for one OAuth state or
 * passkey challenge cannot both get it. Each entry carries its own end, as in {@link
 * JCacheRevocationList}; the cache's expiry policy removes it later.
 */
public final class JCacheOneTimeStore implements OneTimeStore {
  /**
   * A stored value and its end.
   *
   * @param value the value
   * @param until epoch milliseconds after which the value is absent
   */
  public record Entry(String value, long until) implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return "Entry[value=<redacted>]";
    }
  }

  private final Cache<String, Entry> cache;
  private final Clock clock;

  /**
   * @param cache the shared cache; its expiry must outlast the longest {@code ttl} put
   * @param clock decides when entries end
   */
  public JCacheOneTimeStore(Cache<String, Entry> cache, Clock clock) {
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    cache.put(key, new Entry(value, clock.millis() + ttl.toMillis()));
  }

  @Override
  public Optional<String> take(String key) {
    Entry entry = cache.getAndRemove(key);
    if (entry == null || clock.millis() >= entry.until()) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }
}
