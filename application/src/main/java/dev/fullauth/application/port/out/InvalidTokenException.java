package dev.fullauth.application.port.out;

import dev.fullauth.domain.shared.AuthException;

/** A token failed verification. The message names the reason for logs; it never holds the token. */
public final class InvalidTokenException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason why the token was refused, free of token content
   */
  public InvalidTokenException(String reason) {
    super(reason);
  }
}
