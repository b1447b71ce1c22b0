package dev.fullauth.domain.event;

import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * A user logged in with a password or a passkey.
 *
 * @param user the account after the change
 */
public record UserLoggedIn(User user) implements AuthEvent {
  public UserLoggedIn {
    Objects.requireNonNull(user, "user");
  }
}
