package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;

/**
 * Creates the first superuser from configuration when no account has its address: active, verified,
 * superuser. An existing account is left as it is.
 */
public interface EnsureBootstrapAdminUseCase {
  /**
   * @return whether an account was created
   * @throws PasswordPolicyViolationException when the configured password breaks the policy
   */
  boolean ensure(EmailAddress email, PlainPassword password);
}
