package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import java.util.Objects;

/**
 * @param email the normalised address
 * @param password the chosen password
 */
public record RegisterUserCommand(EmailAddress email, PlainPassword password) {
  public RegisterUserCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }
}
