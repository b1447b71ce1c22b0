package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox worker retries.
 *
 * @param initialBackoff wait after the first failure; it doubles after each further one
 * @param maxBackoff longest wait between attempts
 * @param lease how long a claimed mail is reserved for its worker
 * @param batchSize mails taken per round
 */
public record DeliveryPolicy(
    Duration initialBackoff, Duration maxBackoff, Duration lease, int batchSize) {
  public DeliveryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
  }

  /**
   * @return 5 s doubling up to 10 min, 2 min lease, 20 per round
   */
  public static DeliveryPolicy defaults() {
    return new DeliveryPolicy(
        Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofMinutes(2), 20);
  }
}
