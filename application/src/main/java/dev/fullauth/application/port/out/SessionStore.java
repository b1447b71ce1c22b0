package dev.fullauth.application.port.out;

import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.UserId;
import java.util.Optional;
import java.util.Set;

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

  /**
   * @return the sessions that had a live token and were revoked
   */
  Set<SessionId> revokeAllOf(UserId owner);

  /**
   * @return the sessions, other than {@code keep}, that had a live token and were revoked
   */
  Set<SessionId> revokeAllOfExcept(UserId owner, SessionId keep);
}
