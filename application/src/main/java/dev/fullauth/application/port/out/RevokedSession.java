package dev.fullauth.application.port.out;

import dev.fullauth.domain.session.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A session none of whose refresh tokens is live any more, as the store remembers it.
 *
 * @param session the session (family) id
 * @param revokedAt when its last token stopped being live; no access token of the session was
 *     issued after it
 */
public record RevokedSession(SessionId session, Instant revokedAt) {
  public RevokedSession {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }
}
