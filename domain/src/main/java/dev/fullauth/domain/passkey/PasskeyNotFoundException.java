package dev.fullauth.domain.passkey;

import dev.fullauth.domain.shared.AuthException;

/** No passkey with this id belongs to the caller (another user's is indistinguishable). */
public final class PasskeyNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  public PasskeyNotFoundException() {
    super("Passkey not found");
  }
}
