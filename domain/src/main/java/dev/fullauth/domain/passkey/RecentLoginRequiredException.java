package dev.fullauth.domain.passkey;

import dev.fullauth.domain.shared.AuthException;

/**
 * Adding a passkey needs a session that began with a login moments ago: a passkey is a lasting
 * credential, so an access token stolen later must not be able to add one.
 */
public final class RecentLoginRequiredException extends AuthException {
  private static final long serialVersionUID = 1L;

  public RecentLoginRequiredException() {
    super("Recent login required. Log in again to add a passkey.");
  }
}
