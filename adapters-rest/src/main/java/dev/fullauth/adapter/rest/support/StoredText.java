package dev.fullauth.adapter.rest.support;

import dev.fullauth.adapter.rest.error.ValidationIssue;
import java.util.List;

/**
 * Client text that FullAuth stores or looks up in the database (display names, device names, role,
 * permission and provider names). PostgreSQL text columns cannot hold the NUL character: a value
 * with one fails the statement, so it is refused (or treated as unknown) before it gets there.
 */
public final class StoredText {
  private StoredText() {}

  /**
   * @param value client text, may be null
   * @return whether the database can hold it (null counts as storable)
   */
  public static boolean isStorable(String value) {
    return value == null || value.indexOf('\0') < 0;
  }

  /**
   * @param loc where the value was found, e.g. {@code ["body", "display_name"]}
   * @return the 422 issue for a value that is not {@linkplain #isStorable storable}
   */
  public static ValidationIssue notStorable(List<Object> loc) {
    return new ValidationIssue(
        "string_pattern_mismatch", loc, "String should not contain NUL characters");
  }
}
