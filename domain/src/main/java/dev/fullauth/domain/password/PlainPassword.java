package dev.fullauth.domain.password;

import java.util.Objects;

/**
 * A password as the user typed it. It exists only for the length of a request; its {@code toString}
 * is redacted so that it never reaches a log.
 *
 * @param value the password, never null (may be empty: policies reject it)
 */
public record PlainPassword(String value) {
  public PlainPassword {
    Objects.requireNonNull(value, "value");
  }

  /**
   * @return the length in Unicode code points, which is what policies count
   */
  public int codePointLength() {
    return value.codePointCount(0, value.length());
  }

  @Override
  public String toString() {
    return "PlainPassword[redacted]";
  }
}
