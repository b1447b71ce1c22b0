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
 * Every revocation records when the token stopped being live, so that revoked sessions can be told
 * to the revocation list again after a restart ({@link #revokedSince}).
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
   * Locks the token until the caller's transaction ends and tells whether it is live: a concurrent
   * revocation either waits for the caller or is seen by it. For refresh without rotation, where no
   * compare-and-swap orders the refresh against revocations.
   *
   * @return whether a token with this digest exists and is not revoked
   */
  boolean lockIfLive(RefreshTokenHash hash);

  /**
   * Revokes every token of one session.
   *
   * @return whether the session had any token at all (revoked or not) for this user
   */
  boolean revokeSession(UserId owner, SessionId session);

  /**
   * Revokes every not yet revoked token of the user. The sessions returned are exactly those of the
   * tokens this call revoked, including tokens a concurrent rotation created while it ran, so that
   * none is revoked in the store without reaching the revocation list.
   */
  RevokedSessions revokeAllOf(UserId owner);

  /**
   * Revokes every not yet revoked token of the user outside the session {@code keep}, with the
   * guarantee of {@link #revokeAllOf}.
   */
  RevokedSessions revokeAllOfExcept(UserId owner, SessionId keep);

  /**
   * Sessions revoked since the given instant: none of their tokens is live and the last one stopped
   * being live at or after {@code since}. Sessions merely rotated (a live successor) are not
   * listed.
   *
   * @return one entry per session, in no particular order
   */
  List<RevokedSession> revokedSince(Instant since);

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
