package dev.fullauth.application.port.in.session;

import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import java.util.List;

/**
 * Lists the caller's live sessions, newest use first (anchor §8.1), at most the 100 most recently
 * used.
 */
public interface ListSessionsUseCase {
  /**
   * @param current the caller's session, may be null
   * @return the live sessions
   */
  List<SessionSummary> list(UserId userId, SessionId current);
}
