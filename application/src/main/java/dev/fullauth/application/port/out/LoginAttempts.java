package dev.fullauth.application.port.out;

import java.time.Duration;

/**
 * Failed password logins per identifier, shared by every node (anchor §5.3, CONTRACT.md item 7).
 * Each call is atomic on the entry, so concurrent failures are never lost.
 */
public interface LoginAttempts {
  /**
   * @return whether the identifier is locked now
   */
  boolean isLocked(String identifier);

  /**
   * Counts one failure; the failure that reaches {@code maxAttempts} within {@code window} locks
   * the identifier for {@code window}. Failures while locked change nothing.
   *
   * @return whether this failure locked the identifier (true exactly once per lock)
   */
  boolean recordFailure(String identifier, int maxAttempts, Duration window);

  /** Forgets the failures and any lock of the identifier. */
  void clear(String identifier);
}
