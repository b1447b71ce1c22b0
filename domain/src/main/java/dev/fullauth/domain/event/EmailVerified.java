package dev.fullauth.domain.event;

import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * A user confirmed their e-mail address (also when it was confirmed already).
 *
 * @param user the account after the change
 */
public record EmailVerified(User user) implements AuthEvent {
  public EmailVerified {
    Objects.requireNonNull(user, "user");
  }
}
