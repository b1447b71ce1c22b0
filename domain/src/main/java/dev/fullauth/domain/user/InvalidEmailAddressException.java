package dev.fullauth.domain.user;

import dev.fullauth.domain.shared.AuthException;

/** The text given as an e-mail address is not one. */
public final class InvalidEmailAddressException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidEmailAddressException() {
    super("value is not a valid email address");
  }
}
