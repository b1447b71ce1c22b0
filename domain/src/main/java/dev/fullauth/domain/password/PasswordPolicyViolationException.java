package dev.fullauth.domain.password;

import dev.fullauth.domain.shared.AuthException;
import java.util.List;

/** A new password breaks one or more rules of the {@link PasswordPolicy}. */
public final class PasswordPolicyViolationException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param violations the broken rules' messages, in policy order; never empty
   */
  public PasswordPolicyViolationException(List<String> violations) {
    super(String.join("; ", violations));
  }
}
