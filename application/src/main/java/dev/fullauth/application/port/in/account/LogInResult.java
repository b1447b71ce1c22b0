package dev.fullauth.application.port.in.account;

import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.domain.user.User;

/** Outcome of a password login. */
public sealed interface LogInResult {
  /**
   * @param user the account
   * @param tokens the new session's tokens
   */
  record LoggedIn(User user, TokenPair tokens) implements LogInResult {}

  /**
   * @param reason why, for logs only; never shown to the client
   */
  record Rejected(String reason) implements LogInResult {}
}
