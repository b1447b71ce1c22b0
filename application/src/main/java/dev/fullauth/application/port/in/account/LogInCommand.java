package dev.fullauth.application.port.in.account;

import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.domain.password.PlainPassword;
import java.util.Objects;

/**
 * @param identifier the login field exactly as submitted (not validated as an address)
 * @param password the submitted password
 * @param client who logs in
 */
public record LogInCommand(String identifier, PlainPassword password, ClientInfo client) {
  public LogInCommand {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(client, "client");
  }
}
