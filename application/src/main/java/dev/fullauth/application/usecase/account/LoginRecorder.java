package dev.fullauth.application.usecase.account;

import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.session.SessionIssuer;
import dev.fullauth.domain.event.UserLoggedIn;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.User;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The writes of a successful password login, in one transaction: the upgraded password hash, if
 * any, and the new session. {@link LogInWithPasswordService} checks the password before, outside
 * any transaction, so that no database connection waits for a hashing slot or a hash. A bean of its
 * own because a call on the same instance would bypass the transaction interceptor.
 */
@Dependent
public class LoginRecorder {
  private final UserRepository users;
  private final SessionIssuer issuer;
  private final EventPublisher events;

  @Inject
  public LoginRecorder(UserRepository users, SessionIssuer issuer, EventPublisher events) {
    this.users = users;
    this.issuer = issuer;
    this.events = events;
  }

  /**
   * @param user the account whose password was just verified
   * @param rehashed whether {@code user} carries a new hash of that password to store
   * @param client recorded with the new session
   * @return the login
   */
  @Transactional
  public LogInResult.LoggedIn record(User user, boolean rehashed, ClientInfo client) {
    if (rehashed) {
      users.update(user);
    }
    var tokens = issuer.issue(user, SessionId.generate(), client);
    events.publishAfterCommit(new UserLoggedIn(user));
    return new LogInResult.LoggedIn(user, tokens);
  }
}
