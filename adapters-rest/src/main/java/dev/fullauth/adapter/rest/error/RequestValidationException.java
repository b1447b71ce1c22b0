package dev.fullauth.adapter.rest.error;

import java.util.List;

/** The request is syntactically wrong; answered with 422 and the list of issues. */
public final class RequestValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<ValidationIssue> issues;

  /**
   * @param issues what is wrong, never empty
   */
  public RequestValidationException(List<ValidationIssue> issues) {
    super("request validation failed", null, false, false);
    this.issues = List.copyOf(issues);
  }

  /**
   * @return the issues
   */
  public List<ValidationIssue> issues() {
    return issues;
  }
}
