package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.user.UserAlreadyExistsException;

/** Creates an account with a password (anchor §2.1 register). */
public interface RegisterUserUseCase {
  /**
   * @return the new user, or {@link RegistrationResult.Concealed} when anti-enumeration hides
   *     whether an account was created
   * @throws PasswordPolicyViolationException when the password breaks the policy (also for a taken
   *     address)
   * @throws UserAlreadyExistsException when the address is taken and enumeration is not prevented
   */
  RegistrationResult register(RegisterUserCommand command);
}
