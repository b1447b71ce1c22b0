package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * Account lockout (anchor §5.3): {@code maxAttempts} failures within {@code duration} lock the
 * login identifier for {@code duration}; a locked login answers like a wrong password.
 *
 * @param enabled whether lockout applies
 * @param maxAttempts failures that lock, at least 1
 * @param duration failure window and lock length
 */
public record LockoutPolicy(boolean enabled, int maxAttempts, Duration duration) {
  public LockoutPolicy {
    Objects.requireNonNull(duration, "duration");
    if (maxAttempts < 1 || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "lockout needs at least one attempt and a positive duration");
    }
  }

  /**
   * @return 5 failures, 15 minutes
   */
  public static LockoutPolicy defaults() {
    return new LockoutPolicy(true, 5, Duration.ofMinutes(15));
  }
}
