package dev.fullauth.application.port.in.profile;

import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * @param userId whose password
 * @param currentSession the caller's session, kept alive; may be null
 * @param currentPassword the password now in force, may be null
 * @param newPassword the new password
 */
public record ChangePasswordCommand(
    UserId userId,
    SessionId currentSession,
    PlainPassword currentPassword,
    PlainPassword newPassword) {
  public ChangePasswordCommand {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(newPassword, "newPassword");
  }

  /**
   * @return the current password, when given
   */
  public Optional<PlainPassword> current() {
    return Optional.ofNullable(currentPassword);
  }

  /**
   * @return the caller's session, when known
   */
  public Optional<SessionId> session() {
    return Optional.ofNullable(currentSession);
  }
}
