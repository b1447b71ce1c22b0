package dev.fullauth.application.port.in.account;

/**
 * Opens a session for an e-mail and password (anchor §2.1 login). Unknown accounts, accounts
 * without a password, wrong passwords and inactive accounts are rejected alike.
 */
public interface LogInWithPasswordUseCase {
  /**
   * @return the user and a new session's tokens, or a rejection
   */
  LogInResult logIn(LogInCommand command);
}
