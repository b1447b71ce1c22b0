package dev.fullauth.domain.event;

import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * A user set a new password with a reset link; every session was revoked.
 *
 * @param user the account after the change
 */
public record PasswordReset(User user) implements AuthEvent {
  public PasswordReset {
    Objects.requireNonNull(user, "user");
  }
}
