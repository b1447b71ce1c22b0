package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long finished rows are kept before the retention worker deletes them.
 *
 * @param grace how long after a refresh token's expiry, or after a finished mail's creation, its
 *     row stays (for audits and support); zero or more
 * @param batchSize the most rows of one kind deleted per transaction
 */
public record RetentionPolicy(Duration grace, int batchSize) {
  public RetentionPolicy {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
  }

  /**
   * @return 7 days, 500 rows per batch
   */
  public static RetentionPolicy defaults() {
    return new RetentionPolicy(Duration.ofDays(7), 500);
  }
}
