package dev.fullauth.application.port.out;

import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores issued refresh tokens (digests only), grouped in sessions. Joins the caller's transaction.
 */
public interface SessionStore {
  /** Records a newly issued refresh token. */
  void add(RefreshToken token);

  /**
   * @return the token with this digest, revoked or not, or empty
   */
  Optional<RefreshToken> findByHash(RefreshTokenHash hash);

  /**
   * Compare-and-swap: flips the token from live to revoked. Of concurrent callers with the same
   * digest exactly one gets {@code true}.
   *
   * @return true only for the caller that made the transition
   */
  boolean revokeIfLive(RefreshTokenHash hash);

  /**
   * Revokes every token of one session.
   *
   * @return whether the session had any token at all (revoked or not) for this user
   */
  boolean revokeSession(UserId owner, SessionId session);

  /** Revokes every not yet revoked token of the user. */
  RevokedSessions revokeAllOf(UserId owner);

  /** Revokes every not yet revoked token of the user outside the session {@code keep}. */
  RevokedSessions revokeAllOfExcept(UserId owner, SessionId keep);

  /**
   * The user's live sessions: families with a token that is neither revoked nor expired at {@code
   * now}. Revoked history is summarised by the store (first and latest issue time of each family),
   * never returned row by row.
   *
   * @param now the current time
   * @param max the most sessions returned
   * @return at most {@code max} sessions, newest use first, none marked current
   */
  List<SessionSummary> liveSessionsOf(UserId owner, Instant now, int max);

  /**
   * @return when the session began (its first token was issued), while any of its rows is kept
   */
  Optional<Instant> sessionStartedAt(UserId owner, SessionId session);

  /**
   * Deletes at most {@code max} refresh tokens, revoked or not, that expired before {@code cutoff}.
   * Idempotent: concurrent callers (on several nodes) delete each row once between them.
   *
   * @return how many rows this call deleted
   */
  int purgeExpired(Instant cutoff, int max);
}
