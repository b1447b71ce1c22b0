package dev.fullauth.domain.user;

import dev.fullauth.domain.shared.AuthException;

/** An account with this e-mail address exists already; addresses are unique. */
public final class UserAlreadyExistsException extends AuthException {
  private static final long serialVersionUID = 1L;

  public UserAlreadyExistsException() {
    super("A user with this email already exists");
  }
}
