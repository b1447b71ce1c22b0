package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import java.util.Objects;

/**
 * @param email the normalised address
 * @param password the chosen password
 * @param locale preferred language of mails (BCP 47)
 */
public record RegisterUserCommand(EmailAddress email, PlainPassword password, String locale) {
  public RegisterUserCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(locale, "locale");
  }

  /** A command whose mails are in English. */
  public RegisterUserCommand(EmailAddress email, PlainPassword password) {
    this(email, password, "en");
  }
}
