package dev.fullauth.domain.session;

import dev.fullauth.domain.shared.TimeOrderedIds;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of a session: the refresh-token family, 32 lowercase hex characters (anchor §3.3). Every
 * rotated refresh token of one login shares it; the access tokens carry it as {@code family_id}.
 *
 * @param value the 32-hex id
 */
public record SessionId(String value) {
  private static final Pattern HEX32 = Pattern.compile("^[0-9a-f]{32}$");

  public SessionId {
    Objects.requireNonNull(value, "value");
    if (!HEX32.matcher(value).matches()) {
      throw new IllegalArgumentException("session id must be 32 lowercase hex characters");
    }
  }

  /**
   * @return a new random session id
   */
  public static SessionId generate() {
    return new SessionId(TimeOrderedIds.randomHex128());
  }

  /**
   * @param text any text, may be null
   * @return whether it is a well-formed session id
   */
  public static boolean isWellFormed(String text) {
    return text != null && HEX32.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
