package dev.fullauth.domain.event;

import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * A user changed their password.
 *
 * @param user the account after the change
 */
public record PasswordChanged(User user) implements AuthEvent {
  public PasswordChanged {
    Objects.requireNonNull(user, "user");
  }
}
