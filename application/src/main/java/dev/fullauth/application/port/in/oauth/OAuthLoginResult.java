package dev.fullauth.application.port.in.oauth;

import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.domain.user.User;

/** Outcome of an OAuth callback. */
public sealed interface OAuthLoginResult {
  /**
   * @param user the account
   * @param tokens the new session's tokens
   * @param newUser whether the login created the account
   */
  record LoggedIn(User user, TokenPair tokens, boolean newUser) implements OAuthLoginResult {}

  /**
   * @param reason why, for logs only; the client sees the generic OAuth failure
   */
  record Rejected(String reason) implements OAuthLoginResult {}
}
