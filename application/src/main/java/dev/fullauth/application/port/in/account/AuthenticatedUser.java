package dev.fullauth.application.port.in.account;

import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller of a protected route.
 *
 * @param user the stored account, loaded for this request
 * @param sessionId the session of the presented token, may be null for legacy tokens
 */
public record AuthenticatedUser(User user, SessionId sessionId) {
  public AuthenticatedUser {
    Objects.requireNonNull(user, "user");
  }

  /**
   * @return the session of the presented token
   */
  public Optional<SessionId> session() {
    return Optional.ofNullable(sessionId);
  }
}
