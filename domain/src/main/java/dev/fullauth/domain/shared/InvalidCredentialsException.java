package dev.fullauth.domain.shared;

/**
 * The caller could not be authenticated: no token, a bad or revoked token, an unknown or inactive
 * user. Every such case looks the same to the client (anchor §1.2 "credentials error").
 */
public final class InvalidCredentialsException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason why, for logs only; never holds a secret
   */
  public InvalidCredentialsException(String reason) {
    super(reason);
  }
}
