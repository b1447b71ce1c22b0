package dev.fullauth.application.port.in.profile;

import dev.fullauth.domain.user.UserId;
import java.util.Objects;

/**
 * @param userId whose profile
 * @param displayName the new display name, null to clear it
 */
public record UpdateProfileCommand(UserId userId, String displayName) {
  public UpdateProfileCommand {
    Objects.requireNonNull(userId, "userId");
  }
}
