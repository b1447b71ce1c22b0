package dev.fullauth.domain.passkey;

import dev.fullauth.domain.shared.AuthException;

/**
 * A registration response did not verify or its credential is already registered; the reason is
 * logged, never shown.
 */
public final class PasskeyRegistrationFailedException extends AuthException {
  private static final long serialVersionUID = 1L;

  public PasskeyRegistrationFailedException() {
    super("Passkey registration failed");
  }
}
