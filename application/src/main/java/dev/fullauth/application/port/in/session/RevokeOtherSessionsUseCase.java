package dev.fullauth.application.port.in.session;

import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.UserId;

/** Signs the caller out everywhere else (anchor §8.1): every other session is revoked. */
public interface RevokeOtherSessionsUseCase {
  /**
   * @return the number of refresh tokens revoked (normally one per other session)
   */
  int revokeOthers(UserId userId, SessionId current);
}
