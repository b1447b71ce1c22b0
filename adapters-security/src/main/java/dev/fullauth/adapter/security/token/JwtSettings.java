package dev.fullauth.adapter.security.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How tokens are signed and checked (CONTRACT.md item 2, §2).
 *
 * @param algorithm JWS algorithm: ES256, RS256, HS256, HS384 or HS512
 * @param issuer the {@code iss} claim written and required
 * @param audience the {@code aud} claim written and required, may be null
 * @param leeway tolerance on {@code exp}, {@code iat} and {@code nbf}
 * @param secretKey HMAC key text for the HS algorithms (at least 32 characters), may be null for
 *     the asymmetric ones
 */
public record JwtSettings(
    String algorithm, String issuer, String audience, Duration leeway, String secretKey) {
  /** Algorithms this adapter can sign with. */
  public static final Set<String> SUPPORTED = Set.of("ES256", "RS256", "HS256", "HS384", "HS512");

  public JwtSettings {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(leeway, "leeway");
    if (!SUPPORTED.contains(algorithm)) {
      throw new IllegalArgumentException(
          "FULLAUTH_ALGORITHM must be one of " + SUPPORTED + ", was " + algorithm);
    }
    if (isSymmetric(algorithm)
        && (secretKey == null || secretKey.getBytes(StandardCharsets.UTF_8).length < 32)) {
      throw new IllegalArgumentException(
          "FULLAUTH_SECRET_KEY of at least 32 characters is required for " + algorithm);
    }
  }

  /**
   * @return whether the algorithm is an HMAC
   */
  public boolean symmetric() {
    return isSymmetric(algorithm);
  }

  /**
   * @return the audience, when configured
   */
  public Optional<String> aud() {
    return Optional.ofNullable(audience).filter(a -> !a.isBlank());
  }

  private static boolean isSymmetric(String alg) {
    return alg.startsWith("HS");
  }

  @Override
  public String toString() {
    return "JwtSettings[algorithm="
        + algorithm
        + ", issuer="
        + issuer
        + ", audience="
        + audience
        + ", leeway="
        + leeway
        + "]";
  }
}
