package dev.fullauth.application.port.in.passkey;

import dev.fullauth.domain.user.User;

/** POST /passkeys/register/begin. */
public interface BeginPasskeyRegistrationUseCase {
  /**
   * Issues and stores a registration challenge bound to the user.
   *
   * @param user the authenticated caller
   * @throws dev.fullauth.domain.passkey.PasskeysDisabledException when no relying party is set
   */
  PasskeyRegistrationOptions begin(User user);
}
