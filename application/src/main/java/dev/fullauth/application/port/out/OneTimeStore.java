package dev.fullauth.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived single-use values shared by every node of a cluster (CONTRACT.md item 7): OAuth
 * states and passkey challenges. {@link #take} returns a value at most once, also when several
 * nodes race for it.
 */
public interface OneTimeStore {
  /** Stores the value under the key for {@code ttl}, replacing an earlier value. */
  void put(String key, String value, Duration ttl);

  /**
   * Removes and returns the value atomically.
   *
   * @return the value, or empty when it was never stored, already taken or has expired
   */
  Optional<String> take(String key);
}
