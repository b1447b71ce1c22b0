package dev.fullauth.domain.oauth;

import dev.fullauth.domain.shared.AuthException;

/**
 * Unlinking would leave the account without any way to log in (passkeys do not count, anchor §2.5).
 */
public final class LastLoginMethodException extends AuthException {
  private static final long serialVersionUID = 1L;

  public LastLoginMethodException() {
    super("Cannot unlink the only login method. Set a password first.");
  }
}
