package dev.fullauth.application.port.out;

import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.UserId;
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
   * @return every refresh token of the user, revoked or not
   */
  List<RefreshToken> tokensOf(UserId owner);
}
