package dev.fullauth.domain.user;

import dev.fullauth.domain.shared.AuthException;

/** An administrative operation named an account that does not exist. */
public final class UserNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  public UserNotFoundException() {
    super("User not found");
  }
}
