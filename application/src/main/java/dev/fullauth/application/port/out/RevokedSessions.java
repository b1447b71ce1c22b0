package dev.fullauth.application.port.out;

import dev.fullauth.domain.session.SessionId;
import java.util.Set;

/**
 * What a bulk revocation changed.
 *
 * @param tokens refresh tokens flipped from live to revoked
 * @param sessions the sessions those tokens belonged to
 */
public record RevokedSessions(int tokens, Set<SessionId> sessions) {
  public RevokedSessions {
    sessions = Set.copyOf(sessions);
  }
}
