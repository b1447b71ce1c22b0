package dev.fullauth.domain.user;

import dev.fullauth.domain.shared.AuthException;

/** A display name is longer than {@link User#DISPLAY_NAME_MAX} characters. */
public final class InvalidDisplayNameException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidDisplayNameException() {
    super("String should have at most " + User.DISPLAY_NAME_MAX + " characters");
  }
}
