package dev.fullauth.application.usecase.session;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.session.RefreshCommand;
import dev.fullauth.application.port.in.session.RefreshResult;
import dev.fullauth.application.port.in.session.RefreshSessionUseCase;
import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.port.out.TokenVerifier;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Rotates refresh tokens. The stored row, not the blacklist, decides whether a token is fresh: a
 * lost compare-and-swap means the token was used before (or by a concurrent request), and the whole
 * session is burnt, its access tokens included (CONTRACT.md items 1 and 11).
 *
 * <p>A rotation racing a revocation of the same session (logout, change password, revoke others…)
 * never leaves the session alive: if the revocation flips the token first, the compare-and-swap
 * here finds it revoked and the session is burnt; if the rotation wins, the revocation also revokes
 * the successor (see {@link SessionStore#revokeAllOf}).
 */
@UseCase
@Transactional
public class RefreshSessionService implements RefreshSessionUseCase {
  private final TokenVerifier verifier;
  private final SessionStore sessions;
  private final UserRepository users;
  private final SessionIssuer issuer;
  private final TokenPolicy policy;
  private final SessionRevoker revoker;

  @Inject
  public RefreshSessionService(
      TokenVerifier verifier,
      SessionStore sessions,
      UserRepository users,
      SessionIssuer issuer,
      SessionRevoker revoker,
      TokenPolicy policy) {
    this.verifier = verifier;
    this.sessions = sessions;
    this.users = users;
    this.issuer = issuer;
    this.revoker = revoker;
    this.policy = policy;
  }

  @Override
  public RefreshResult refresh(RefreshCommand command) {
    TokenClaims claims;
    try {
      claims = verifier.verify(command.refreshToken());
    } catch (InvalidTokenException e) {
      return new RefreshResult.Rejected("refresh token invalid: " + e.getMessage());
    }
    if (claims.type() != TokenType.REFRESH) {
      return new RefreshResult.Rejected("not a refresh token");
    }
    Optional<UserId> userId = UserId.parse(claims.subject());
    if (userId.isEmpty()) {
      return new RefreshResult.Rejected("subject is not a user id");
    }
    RefreshTokenHash hash = RefreshTokenHash.of(command.refreshToken());
    Optional<RefreshToken> stored = sessions.findByHash(hash);
    if (stored.isEmpty() || !stored.get().userId().equals(userId.get())) {
      return new RefreshResult.Rejected("refresh token not on record");
    }
    SessionId session = stored.get().sessionId();
    Optional<User> user = users.findById(userId.get()).filter(User::isActive);
    if (user.isEmpty()) {
      return new RefreshResult.Rejected("user missing or inactive");
    }
    if (!policy.rotation()) {
      // Without rotation the token stays valid until it is revoked; only a new access token is
      // minted. The row stays locked until this transaction ends, so a concurrent revocation of
      // the session either is seen here or happens after this access token was issued (and then
      // its revocation-list entry outlasts the token).
      if (!sessions.lockIfLive(hash)) {
        return new RefreshResult.Rejected("refresh token revoked");
      }
      String access = issuer.accessToken(user.get(), session);
      return new RefreshResult.Refreshed(
          new TokenPair(access, command.refreshToken(), issuer.accessTtlSeconds(), session));
    }
    if (!sessions.revokeIfLive(hash)) {
      sessions.revokeSession(userId.get(), session);
      revoker.killAccessTokens(Set.of(session));
      return new RefreshResult.Rejected("stale refresh token: session " + session + " revoked");
    }
    return new RefreshResult.Refreshed(issuer.issue(user.get(), session, command.client()));
  }
}
