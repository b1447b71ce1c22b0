package dev.fullauth.application.port.in.session;

import dev.fullauth.domain.shared.InvalidCredentialsException;

/**
 * Ends a session (anchor §2.1 logout): the access token is revoked for its remaining lifetime and
 * its session is revoked with every token in it. The user need not exist any more.
 */
public interface LogOutUseCase {
  /**
   * @throws InvalidCredentialsException when the access token is not a valid session token
   */
  void logOut(LogOutCommand command);
}
