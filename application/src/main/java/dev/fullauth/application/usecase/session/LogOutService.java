package dev.fullauth.application.usecase.session;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.session.LogOutCommand;
import dev.fullauth.application.port.in.session.LogOutUseCase;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.usecase.account.AccessTokenReader;
import dev.fullauth.domain.event.UserLoggedOut;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Logs out: revokes the access token for its remaining lifetime and burns its session. A legacy
 * access token without a session falls back to the supplied refresh token, when it belongs to the
 * same user (anchor §2.1, §13 item 9). With the refresh cookie, a missing or expired access token
 * does not keep the session alive: the refresh token alone ends it.
 */
@UseCase
@Transactional
public class LogOutService implements LogOutUseCase {
  private static final Logger LOG = Logger.getLogger(LogOutService.class.getName());

  private final AccessTokenReader reader;
  private final RevocationList revocations;
  private final SessionStore sessions;
  private final EventPublisher events;
  private final SessionRevoker revoker;
  private final TokenPolicy policy;
  private final Clock clock;

  @Inject
  public LogOutService(
      AccessTokenReader reader,
      RevocationList revocations,
      SessionStore sessions,
      EventPublisher events,
      SessionRevoker revoker,
      TokenPolicy policy,
      Clock clock) {
    this.reader = reader;
    this.revocations = revocations;
    this.sessions = sessions;
    this.events = events;
    this.revoker = revoker;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public void logOut(LogOutCommand command) {
    TokenClaims claims;
    try {
      claims =
          reader.read(
              command.access().orElseThrow(() -> new InvalidCredentialsException("no token")));
    } catch (InvalidCredentialsException e) {
      if (!command.refreshTokenSuffices() || command.refresh().isEmpty()) {
        throw e;
      }
      endSessionOf(command.refresh().get());
      return;
    }
    revocations.revokeToken(
        claims.jti(), policy.tokenRevocationEnd(claims.expiresAt(), clock.instant()));
    Optional<UserId> userId = UserId.parse(claims.subject());
    Optional<SessionId> session =
        claims.session().filter(SessionId::isWellFormed).map(SessionId::new);
    if (session.isEmpty() && userId.isPresent()) {
      session = sessionOfRefreshToken(command, userId.get());
    }
    if (session.isPresent() && userId.isPresent()) {
      sessions.revokeSession(userId.get(), session.get());
      revoker.killAccessTokens(Set.of(session.get()));
    }
    userId.ifPresent(id -> events.publishAfterCommit(new UserLoggedOut(id)));
  }

  /** Ends the session of a refresh token we issued, whatever its state; unknown tokens fail. */
  private void endSessionOf(String refreshToken) {
    RefreshToken stored =
        sessions
            .findByHash(RefreshTokenHash.of(refreshToken))
            .orElseThrow(() -> new InvalidCredentialsException("unknown refresh token"));
    sessions.revokeSession(stored.userId(), stored.sessionId());
    revoker.killAccessTokens(Set.of(stored.sessionId()));
    events.publishAfterCommit(new UserLoggedOut(stored.userId()));
  }

  private Optional<SessionId> sessionOfRefreshToken(LogOutCommand command, UserId userId) {
    Optional<RefreshToken> stored =
        command.refresh().map(RefreshTokenHash::of).flatMap(sessions::findByHash);
    if (stored.isPresent() && !stored.get().userId().equals(userId)) {
      LOG.warning("logout: supplied refresh token belongs to another user; ignored");
      return Optional.empty();
    }
    return stored.map(RefreshToken::sessionId);
  }
}
