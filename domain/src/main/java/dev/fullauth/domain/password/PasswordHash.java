package dev.fullauth.domain.password;

import java.util.Objects;

/**
 * An encoded password hash (PHC string for Argon2, modular crypt for bcrypt). Its {@code toString}
 * is redacted: hashes are secrets too, they allow offline guessing.
 *
 * @param encoded the encoded hash, never null or blank
 */
public record PasswordHash(String encoded) {
  public PasswordHash {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.isBlank()) {
      throw new IllegalArgumentException("empty password hash");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[redacted]";
  }
}
