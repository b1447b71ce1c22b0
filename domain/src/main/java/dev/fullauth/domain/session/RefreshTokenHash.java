package dev.fullauth.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The lowercase hex SHA-256 digest of a raw refresh token: the only form in which refresh tokens
 * are stored (anchor §3.6), so that a database leak yields no usable token.
 *
 * @param hex 64 lowercase hex characters
 */
public record RefreshTokenHash(String hex) {
  private static final Pattern HEX64 = Pattern.compile("^[0-9a-f]{64}$");

  public RefreshTokenHash {
    Objects.requireNonNull(hex, "hex");
    if (!HEX64.matcher(hex).matches()) {
      throw new IllegalArgumentException("refresh token hash must be 64 lowercase hex characters");
    }
  }

  /**
   * @param rawToken the token as issued to the client
   * @return its digest
   */
  public static RefreshTokenHash of(String rawToken) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
      return new RefreshTokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "RefreshTokenHash[" + hex.substring(0, 8) + "…]";
  }
}
