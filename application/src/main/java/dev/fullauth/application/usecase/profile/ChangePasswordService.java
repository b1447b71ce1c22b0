package dev.fullauth.application.usecase.profile;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.profile.ChangePasswordCommand;
import dev.fullauth.application.port.in.profile.ChangePasswordUseCase;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.protection.AccountLockout;
import dev.fullauth.application.usecase.session.SessionRevoker;
import dev.fullauth.domain.event.PasswordChanged;
import dev.fullauth.domain.password.CurrentPasswordIncorrectException;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PasswordPolicy;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Changes a password. Every other session is revoked with its access tokens (CONTRACT.md item 11);
 * the caller's own session survives, so the user who changed the password stays logged in.
 */
@UseCase
@Transactional
public class ChangePasswordService implements ChangePasswordUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final SessionStore sessions;
  private final SessionRevoker revoker;
  private final EventPublisher events;
  private final AccountLockout lockout;

  @Inject
  public ChangePasswordService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      SessionStore sessions,
      SessionRevoker revoker,
      EventPublisher events,
      AccountLockout lockout) {
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.sessions = sessions;
    this.revoker = revoker;
    this.events = events;
    this.lockout = lockout;
  }

  @Override
  public void change(ChangePasswordCommand command) {
    User user =
        users
            .findById(command.userId())
            .orElseThrow(() -> new InvalidCredentialsException("user vanished"));
    Optional<PasswordHash> current = user.passwordHash();
    if (current.isPresent()) {
      PlainPassword given =
          command
              .current()
              .filter(p -> !p.value().isEmpty())
              .orElseThrow(CurrentPasswordIncorrectException::new);
      // Checks of the current password are password guesses: they share the account's lockout
      // with the login, and a locked account answers as to a wrong password without hashing.
      String account = user.email().value();
      if (lockout.isLocked(account) || !hasher.verify(given, current.get())) {
        lockout.recordFailure(account);
        throw new CurrentPasswordIncorrectException();
      }
      lockout.clear(account);
    }
    policy.check(command.newPassword());
    User changed = user.changePassword(hasher.hash(command.newPassword()));
    users.update(changed);
    RevokedSessions revoked =
        command.session().isPresent()
            ? sessions.revokeAllOfExcept(user.id(), command.session().get())
            : sessions.revokeAllOf(user.id());
    revoker.killAccessTokens(revoked);
    events.publishAfterCommit(new PasswordChanged(changed));
  }
}
