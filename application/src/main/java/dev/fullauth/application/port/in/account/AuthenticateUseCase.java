package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.shared.InvalidCredentialsException;

/**
 * Resolves the caller of a protected route from its access token (anchor §1.3 steps 2–5,
 * CONTRACT.md item 11): valid signature and times, type access, no purpose, token and session not
 * revoked, user exists and is active.
 */
public interface AuthenticateUseCase {
  /**
   * @throws InvalidCredentialsException for every failure
   */
  AuthenticatedUser authenticate(String accessToken);
}
