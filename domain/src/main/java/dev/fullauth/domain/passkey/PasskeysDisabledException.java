package dev.fullauth.domain.passkey;

import dev.fullauth.domain.shared.AuthException;

/**
 * Passkey routes were called but no relying party is configured ({@code FULLAUTH_PASSKEY_RP_ID}).
 */
public final class PasskeysDisabledException extends AuthException {
  private static final long serialVersionUID = 1L;

  public PasskeysDisabledException() {
    super("Passkeys are not enabled");
  }
}
