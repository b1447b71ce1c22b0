package dev.fullauth.application.usecase.session;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.session.RevokeOtherSessionsUseCase;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Revokes every session of the caller but the current one, access tokens included. */
@UseCase
@Transactional
public class RevokeOtherSessionsService implements RevokeOtherSessionsUseCase {
  private final SessionStore sessions;
  private final SessionRevoker revoker;

  @Inject
  public RevokeOtherSessionsService(SessionStore sessions, SessionRevoker revoker) {
    this.sessions = sessions;
    this.revoker = revoker;
  }

  @Override
  public int revokeOthers(UserId userId, SessionId current) {
    RevokedSessions revoked = sessions.revokeAllOfExcept(userId, current);
    revoker.killAccessTokens(revoked);
    return revoked.tokens();
  }
}
