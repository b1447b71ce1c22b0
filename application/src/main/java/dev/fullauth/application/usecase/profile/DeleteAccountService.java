package dev.fullauth.application.usecase.profile;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.profile.DeleteAccountUseCase;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.session.SessionRevoker;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Deletes an account after revoking all of its sessions. */
@UseCase
@Transactional
public class DeleteAccountService implements DeleteAccountUseCase {
  private final UserRepository users;
  private final SessionStore sessions;
  private final SessionRevoker revoker;

  @Inject
  public DeleteAccountService(UserRepository users, SessionStore sessions, SessionRevoker revoker) {
    this.users = users;
    this.sessions = sessions;
    this.revoker = revoker;
  }

  @Override
  public void delete(UserId userId) {
    revoker.killAccessTokens(sessions.revokeAllOf(userId));
    users.delete(userId);
  }
}
