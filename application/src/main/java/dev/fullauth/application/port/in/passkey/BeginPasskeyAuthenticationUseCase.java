package dev.fullauth.application.port.in.passkey;

/** POST /passkeys/authenticate/begin. */
public interface BeginPasskeyAuthenticationUseCase {
  /**
   * @param email the e-mail the user typed, or null for discoverable credentials
   * @throws dev.fullauth.domain.passkey.PasskeysDisabledException when no relying party is set
   */
  PasskeyAuthenticationOptions begin(String email);
}
