package dev.fullauth.domain.role;

import java.util.Objects;

/**
 * The name of a permission, conventionally {@code resource:action}: 1 to 200 characters, no
 * surrounding blanks.
 *
 * @param value the name
 */
public record PermissionName(String value) {
  /** Longest permission name (anchor §12). */
  public static final int MAX_LENGTH = 200;

  public PermissionName {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH || !value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "permission names have 1 to 200 characters and no surrounding blanks");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
