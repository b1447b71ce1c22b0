package dev.fullauth.domain.shared;

/** An authenticated user lacks a right the operation needs (a verified e-mail, a role). */
public final class AccessDeniedException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason why, for logs only
   */
  public AccessDeniedException(String reason) {
    super(reason);
  }
}
