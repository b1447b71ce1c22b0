package dev.fullauth.domain.event;

import java.util.Objects;

/**
 * Repeated failed logins locked a login identifier (which need not belong to an account).
 *
 * @param identifier the login field as submitted
 */
public record AccountLocked(String identifier) implements AuthEvent {
  public AccountLocked {
    Objects.requireNonNull(identifier, "identifier");
  }
}
