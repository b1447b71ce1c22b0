package dev.fullauth.application.port.in.passkey;

import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.domain.user.User;

/** Outcome of a passkey login. */
public sealed interface PasskeyLoginResult {
  /**
   * @param user the account
   * @param tokens the new session's tokens
   */
  record LoggedIn(User user, TokenPair tokens) implements PasskeyLoginResult {}

  /**
   * @param reason why, for logs only
   */
  record Rejected(String reason) implements PasskeyLoginResult {}
}
