package dev.fullauth.application.port.in.passkey;

import dev.fullauth.domain.user.UserId;

/** POST /passkeys/register/begin. */
public interface BeginPasskeyRegistrationUseCase {
  /**
   * Issues and stores a registration challenge bound to the user.
   *
   * @throws dev.fullauth.domain.passkey.PasskeysDisabledException when no relying party is set
   */
  PasskeyRegistrationOptions begin(UserId user);
}
