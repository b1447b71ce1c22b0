package dev.fullauth.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A signing key as stored: its id, algorithm and the private key in JWK JSON form. The {@code
 * toString} never shows the key material.
 *
 * @param kid key id, the {@code kid} header of the tokens it signs
 * @param algorithm JWS algorithm name, e.g. {@code ES256}
 * @param privateJwk the key pair as JWK JSON
 * @param createdAt creation time; the newest key of the configured algorithm signs
 */
public record StoredSigningKey(String kid, String algorithm, String privateJwk, Instant createdAt) {
  public StoredSigningKey {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(privateJwk, "privateJwk");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return "StoredSigningKey[kid="
        + kid
        + ", algorithm="
        + algorithm
        + ", createdAt="
        + createdAt
        + "]";
  }
}
