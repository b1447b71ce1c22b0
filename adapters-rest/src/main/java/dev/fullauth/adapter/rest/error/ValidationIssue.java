package dev.fullauth.adapter.rest.error;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a 422 validation list, in the anchor's shape {@code {"type", "loc", "msg"}}
 * (CONTRACT.md item 9). It never carries the rejected input, so secrets are not echoed.
 *
 * @param type machine-readable kind, e.g. {@code missing}, {@code string_type}
 * @param loc path to the offending value, e.g. {@code ["body", "email"]}
 * @param msg human-readable message
 */
public record ValidationIssue(String type, List<Object> loc, String msg) {
  public ValidationIssue {
    Objects.requireNonNull(type, "type");
    loc = List.copyOf(loc);
    Objects.requireNonNull(msg, "msg");
  }

  /**
   * @return a "Field required" issue for a body field
   */
  public static ValidationIssue missing(String field) {
    return new ValidationIssue("missing", List.of("body", field), "Field required");
  }

  /**
   * @return a "String should have at most N characters" issue
   */
  public static ValidationIssue tooLong(List<Object> loc, int max) {
    return new ValidationIssue(
        "string_too_long", loc, "String should have at most " + max + " characters");
  }

  /**
   * @return an "Input should be a valid UUID" issue
   */
  public static ValidationIssue invalidUuid(List<Object> loc) {
    return new ValidationIssue("uuid_parsing", loc, "Input should be a valid UUID");
  }

  /**
   * @return an "Input should be a valid string" issue for a body field
   */
  public static ValidationIssue notString(String field) {
    return new ValidationIssue(
        "string_type", List.of("body", field), "Input should be a valid string");
  }
}
