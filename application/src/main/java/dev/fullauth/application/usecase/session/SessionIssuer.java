package dev.fullauth.application.usecase.session;

import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenIssuer;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.User;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Mints a refresh/access pair for a session and stores the refresh token's digest (anchor §3.6).
 * The refresh token is made first so that the access token can carry the same session id. Runs in
 * the caller's transaction.
 */
@Dependent
public class SessionIssuer {
  private final TokenIssuer tokenIssuer;
  private final SessionStore sessions;
  private final UserRepository users;
  private final TokenPolicy policy;
  private final Clock clock;

  @Inject
  public SessionIssuer(
      TokenIssuer tokenIssuer,
      SessionStore sessions,
      UserRepository users,
      TokenPolicy policy,
      Clock clock) {
    this.tokenIssuer = tokenIssuer;
    this.sessions = sessions;
    this.users = users;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @param user the session's owner
   * @param session a new session id for a login, the existing one for a rotation
   * @param client recorded with the refresh token
   * @return the pair
   */
  public TokenPair issue(User user, SessionId session, ClientInfo client) {
    Instant exact = clock.instant();
    // JWT time claims are whole seconds; the stored row keeps the exact time, which orders
    // sessions.
    Instant now = exact.truncatedTo(ChronoUnit.SECONDS);
    TokenClaims refreshClaims =
        new TokenClaims(
            user.id().toString(),
            TokenType.REFRESH,
            TimeOrderedIds.randomHex128(),
            now,
            now.plus(policy.refreshTtl()),
            List.of(),
            Map.of(),
            session.value(),
            null);
    String refreshToken = tokenIssuer.issue(refreshClaims);
    String accessToken = accessToken(user, session, now);
    sessions.add(
        new RefreshToken(
            TimeOrderedIds.uuidV7(exact),
            RefreshTokenHash.of(refreshToken),
            user.id(),
            session,
            refreshClaims.expiresAt(),
            false,
            client.userAgent(),
            client.ipAddress(),
            exact));
    return new TokenPair(accessToken, refreshToken, policy.accessTtl().toSeconds(), session);
  }

  /**
   * Mints only an access token, for refresh without rotation.
   *
   * @return the signed access token
   */
  public String accessToken(User user, SessionId session) {
    return accessToken(user, session, clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * @return the access-token lifetime in seconds, the {@code expires_in} of responses
   */
  public long accessTtlSeconds() {
    return policy.accessTtl().toSeconds();
  }

  private String accessToken(User user, SessionId session, Instant now) {
    TokenClaims claims =
        new TokenClaims(
            user.id().toString(),
            TokenType.ACCESS,
            TimeOrderedIds.randomHex128(),
            now,
            now.plus(policy.accessTtl()),
            users.roleNamesOf(user.id()),
            Map.of(),
            session.value(),
            user.email().value());
    return tokenIssuer.issue(claims);
  }
}
