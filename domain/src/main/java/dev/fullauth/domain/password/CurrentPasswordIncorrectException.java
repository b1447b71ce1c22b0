package dev.fullauth.domain.password;

import dev.fullauth.domain.shared.AuthException;

/** A password change was asked without the right current password. */
public final class CurrentPasswordIncorrectException extends AuthException {
  private static final long serialVersionUID = 1L;

  public CurrentPasswordIncorrectException() {
    super("Current password is incorrect");
  }
}
