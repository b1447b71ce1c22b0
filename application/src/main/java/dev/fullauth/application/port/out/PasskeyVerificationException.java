package dev.fullauth.application.port.out;

import dev.fullauth.domain.shared.AuthException;

/** A WebAuthn response was malformed or failed a check. The reason is for logs only. */
public final class PasskeyVerificationException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason the failed check, free of challenges and signatures
   */
  public PasskeyVerificationException(String reason) {
    super(reason);
  }
}
