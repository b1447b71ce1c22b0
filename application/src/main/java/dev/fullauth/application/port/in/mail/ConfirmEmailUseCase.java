package dev.fullauth.application.port.in.mail;

import dev.fullauth.domain.shared.InvalidCredentialsException;

/** Confirms an e-mail address with the token of a verification link; the token is single use. */
public interface ConfirmEmailUseCase {
  /**
   * @throws InvalidCredentialsException for an invalid, expired, used or foreign token, and for a
   *     deleted or deactivated account
   */
  void confirm(String token);
}
