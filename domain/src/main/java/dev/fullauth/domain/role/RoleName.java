package dev.fullauth.domain.role;

import java.util.Objects;

/**
 * The name of a role: 1 to 100 characters, no surrounding blanks.
 *
 * @param value the name
 */
public record RoleName(String value) {
  /** Longest role name (anchor §12). */
  public static final int MAX_LENGTH = 100;

  public RoleName {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH || !value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "role names have 1 to 100 characters and no surrounding blanks");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
