package dev.fullauth.domain.event;

import dev.fullauth.domain.user.UserId;
import java.util.Objects;

/**
 * A session was ended by logout.
 *
 * @param userId the owner of the session (the account may no longer exist)
 */
public record UserLoggedOut(UserId userId) implements AuthEvent {
  public UserLoggedOut {
    Objects.requireNonNull(userId, "userId");
  }
}
