package dev.fullauth.application.port.in.profile;

import dev.fullauth.domain.password.CurrentPasswordIncorrectException;
import dev.fullauth.domain.password.PasswordPolicyViolationException;

/**
 * Sets a new password for the caller (anchor §2.2, CONTRACT.md item 11): the current password is
 * required when one is set; every other session is revoked, access tokens included; the caller's
 * session stays.
 */
public interface ChangePasswordUseCase {
  /**
   * @throws CurrentPasswordIncorrectException when the current password is missing or wrong
   * @throws PasswordPolicyViolationException when the new password breaks the policy
   */
  void change(ChangePasswordCommand command);
}
