package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * Lifetimes and rotation of session tokens (anchor §11.1).
 *
 * @param accessTtl access-token lifetime, positive
 * @param refreshTtl refresh-token lifetime, positive
 * @param rotation whether each refresh replaces the refresh token
 */
public record TokenPolicy(Duration accessTtl, Duration refreshTtl, boolean rotation) {
  public TokenPolicy {
    Objects.requireNonNull(accessTtl, "accessTtl");
    Objects.requireNonNull(refreshTtl, "refreshTtl");
    if (accessTtl.isNegative()
        || accessTtl.isZero()
        || refreshTtl.isNegative()
        || refreshTtl.isZero()) {
      throw new IllegalArgumentException("token lifetimes must be positive");
    }
  }

  /**
   * @return the anchor's defaults: 30 minutes, 30 days, rotation on
   */
  public static TokenPolicy defaults() {
    return new TokenPolicy(Duration.ofMinutes(30), Duration.ofDays(30), true);
  }
}
