package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.OneTimeStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One-time values in a map, expiring by the given clock. */
public final class InMemoryOneTimeStore implements OneTimeStore {
  private record Entry(String value, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryOneTimeStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    entries.put(key, new Entry(value, clock.instant().plus(ttl)));
  }

  @Override
  public Optional<String> take(String key) {
    return Optional.ofNullable(entries.remove(key))
        .filter(e -> clock.instant().isBefore(e.until()))
        .map(Entry::value);
  }

  public int size() {
    return entries.size();
  }
}
