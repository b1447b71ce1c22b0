package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.user.User;

/** Outcome of a registration. */
public sealed interface RegistrationResult {
  /**
   * @param user the account that was created
   */
  record Created(User user) implements RegistrationResult {}

  /** The request was taken; whether an account was created is not disclosed. */
  record Concealed() implements RegistrationResult {}
}
