package dev.fullauth.domain.session;

import dev.fullauth.domain.shared.AuthException;

/** No session with this id belongs to the caller (another user's is indistinguishable). */
public final class SessionNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  public SessionNotFoundException() {
    super("Session not found");
  }
}
