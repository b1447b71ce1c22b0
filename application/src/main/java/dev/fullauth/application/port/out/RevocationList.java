package dev.fullauth.application.port.out;

import dev.fullauth.domain.session.SessionId;
import java.time.Instant;

/**
 * Short-lived shared state that makes tokens fail before they expire: revoked token ids ({@code
 * jti}) and revoked sessions (CONTRACT.md item 11). Entries need to live only until the tokens they
 * kill would expire anyway. Implementations are shared by every node of a cluster.
 */
public interface RevocationList {
  /** Refuses the token with this id until {@code until}. */
  void revokeToken(String jti, Instant until);

  /**
   * @return whether the token id was revoked and the entry has not expired
   */
  boolean isTokenRevoked(String jti);

  /** Refuses every access token of the session until {@code until}. */
  void revokeSession(SessionId session, Instant until);

  /**
   * @return whether the session was revoked and the entry has not expired
   */
  boolean isSessionRevoked(SessionId session);
}
