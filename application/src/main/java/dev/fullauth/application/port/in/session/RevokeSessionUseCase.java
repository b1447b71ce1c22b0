package dev.fullauth.application.port.in.session;

import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionNotFoundException;
import dev.fullauth.domain.user.UserId;

/**
 * Revokes one of the caller's sessions, its access tokens included (anchor §8.1, CONTRACT.md item
 * 11). Idempotent for a session that is already revoked.
 */
public interface RevokeSessionUseCase {
  /**
   * @throws SessionNotFoundException when the session never belonged to the caller
   */
  void revoke(UserId userId, SessionId session);
}
