package dev.fullauth.application.usecase.session;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.session.RevokeSessionUseCase;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionNotFoundException;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Revokes one session of the caller in the store and in the shared revocation list. */
@UseCase
@Transactional
public class RevokeSessionService implements RevokeSessionUseCase {
  private final SessionStore sessions;
  private final SessionRevoker revoker;

  @Inject
  public RevokeSessionService(SessionStore sessions, SessionRevoker revoker) {
    this.sessions = sessions;
    this.revoker = revoker;
  }

  @Override
  public void revoke(UserId userId, SessionId session) {
    if (!sessions.revokeSession(userId, session)) {
      throw new SessionNotFoundException();
    }
    revoker.killAccessTokens(Set.of(session));
  }
}
