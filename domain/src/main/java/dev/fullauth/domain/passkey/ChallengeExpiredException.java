package dev.fullauth.domain.passkey;

import dev.fullauth.domain.shared.AuthException;

/**
 * The ceremony's challenge was never issued, was already used or has expired (single use, WebAuthn
 * L3 §13.4.3).
 */
public final class ChallengeExpiredException extends AuthException {
  private static final long serialVersionUID = 1L;

  public ChallengeExpiredException() {
    super("Challenge expired or invalid");
  }
}
