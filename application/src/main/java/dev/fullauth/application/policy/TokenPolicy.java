package dev.fullauth.application.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Lifetimes, rotation and clock tolerance of session tokens (anchor §11.1).
 *
 * @param accessTtl access-token lifetime, positive
 * @param refreshTtl refresh-token lifetime, positive
 * @param rotation whether each refresh replaces the refresh token
 * @param leeway tolerance the token verifier grants on {@code exp}, {@code iat} and {@code nbf},
 *     not negative; the one setting both the verifier and every revocation read
 */
public record TokenPolicy(
    Duration accessTtl, Duration refreshTtl, boolean rotation, Duration leeway) {
  public TokenPolicy {
    Objects.requireNonNull(accessTtl, "accessTtl");
    Objects.requireNonNull(refreshTtl, "refreshTtl");
    Objects.requireNonNull(leeway, "leeway");
    if (accessTtl.isNegative()
        || accessTtl.isZero()
        || refreshTtl.isNegative()
        || refreshTtl.isZero()) {
      throw new IllegalArgumentException("token lifetimes must be positive");
    }
    if (leeway.isNegative()) {
      throw new IllegalArgumentException("leeway must not be negative");
    }
  }

  /**
   * @return the anchor's defaults: 30 minutes, 30 days, rotation on, 30 seconds of leeway
   */
  public static TokenPolicy defaults() {
    return new TokenPolicy(
        Duration.ofMinutes(30), Duration.ofDays(30), true, Duration.ofSeconds(30));
  }

  /**
   * How long a revocation must last: the verifier still accepts a token for the leeway after its
   * {@code exp}, so an entry that ended at {@code exp} would bring the token back for that long.
   *
   * @param expiresAt the {@code exp} of the revoked token (or the latest {@code exp} of a revoked
   *     session's access tokens)
   * @return the last instant the verifier would accept such a token
   */
  public Instant acceptedUntil(Instant expiresAt) {
    return expiresAt.plus(leeway);
  }

  /**
   * The end of a single token's revocation ({@code jti}), never in the past, so that the entry is
   * written even for a token at the very end of its life.
   *
   * @param expiresAt the {@code exp} of the revoked token
   * @param now the current instant
   * @return {@link #acceptedUntil}, or one second after {@code now} when that has passed
   */
  public Instant tokenRevocationEnd(Instant expiresAt, Instant now) {
    Instant end = acceptedUntil(expiresAt);
    return end.isAfter(now) ? end : now.plusSeconds(1);
  }
}
