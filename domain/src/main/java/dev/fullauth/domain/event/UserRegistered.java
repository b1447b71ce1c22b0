package dev.fullauth.domain.event;

import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * A new account was created (password registration or external login).
 *
 * @param user the account after the change
 */
public record UserRegistered(User user) implements AuthEvent {
  public UserRegistered {
    Objects.requireNonNull(user, "user");
  }
}
