package dev.fullauth.application.port.in.passkey;

import dev.fullauth.application.port.in.session.ClientInfo;

/** POST /passkeys/authenticate/complete. */
public interface CompletePasskeyAuthenticationUseCase {
  /**
   * @return the session, or a rejection for every failure (one 401 for all)
   */
  PasskeyLoginResult complete(String challengeKey, String credentialJson, ClientInfo client);
}
