package dev.fullauth.application.port.in.mail;

import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.shared.InvalidCredentialsException;

/**
 * Sets a new password with the token of a reset link (anchor §2.3): the token is consumed and every
 * session of the account is revoked, access tokens included (CONTRACT.md item 11).
 */
public interface ResetPasswordUseCase {
  /**
   * @return the passkeys and provider links that still open the account besides the new password
   * @throws InvalidCredentialsException for an invalid, expired, used or foreign token, and for a
   *     deleted or deactivated account
   * @throws PasswordPolicyViolationException when the new password breaks the policy; the token is
   *     not consumed then
   */
  LoginMethods reset(String token, PlainPassword newPassword);
}
