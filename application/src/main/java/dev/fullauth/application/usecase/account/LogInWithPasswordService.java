package dev.fullauth.application.usecase.account;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.AccountPolicy;
import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.account.LogInWithPasswordUseCase;
import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.protection.AccountLockout;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Password login (anchor §2.1 steps 2–10). Every failure is the same rejection and spends at least
 * one hash verification at the configured cost (anchor §5.2): an unknown account or one without a
 * password spends the dummy, a wrong password for a hash of another algorithm or cost spends the
 * dummy after it.
 *
 * <p>Not transactional: the lookup and the password check run without a transaction, so no database
 * connection is held while a hash is computed or a hashing slot awaited; a successful login writes
 * through {@link LoginRecorder} in one short transaction.
 */
@UseCase
public class LogInWithPasswordService implements LogInWithPasswordUseCase {
  private static final Logger LOG = Logger.getLogger(LogInWithPasswordService.class.getName());

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AccountPolicy policy;
  private final LoginRecorder recorder;
  private final AccountLockout lockout;

  @Inject
  public LogInWithPasswordService(
      UserRepository users,
      PasswordHasher hasher,
      AccountPolicy policy,
      LoginRecorder recorder,
      AccountLockout lockout) {
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.recorder = recorder;
    this.lockout = lockout;
  }

  @Override
  public LogInResult logIn(LogInCommand command) {
    Optional<User> found = EmailAddress.parse(command.identifier()).flatMap(users::findByEmail);
    // Keyed by the normalised identifier, known account or not.
    if (lockout.isLocked(command.identifier())) {
      return new LogInResult.Rejected("identifier locked");
    }
    Optional<PasswordHash> hash = found.flatMap(User::passwordHash);
    if (hash.isEmpty()) {
      if (policy.preventLoginTimingAttacks()) {
        hasher.verifyDummy(command.password());
      }
      return failure(command, "unknown account or account without password");
    }
    if (!hasher.verify(command.password(), hash.get())) {
      if (policy.preventLoginTimingAttacks() && !hasher.costsLikeDummy(hash.get())) {
        // An imported or outdated hash costs other than the dummy an unknown address spends; a
        // failure that never spent one configured verification would answer faster than an unknown
        // address and mark the account. Padding makes every failure cost at least that much.
        hasher.verifyDummy(command.password());
      }
      return failure(command, "wrong password");
    }
    User user = found.get();
    if (!user.isActive()) {
      return new LogInResult.Rejected("inactive account");
    }
    Optional<User> upgraded = rehashed(user, hash.get(), command);
    lockout.clear(command.identifier());
    return recorder.record(upgraded.orElse(user), upgraded.isPresent(), command.client());
  }

  private LogInResult failure(LogInCommand command, String reason) {
    lockout.recordFailure(command.identifier());
    return new LogInResult.Rejected(reason);
  }

  /**
   * @return the account with its password hashed at the configured cost, if its hash is outdated
   *     and hashing worked
   */
  private Optional<User> rehashed(User user, PasswordHash hash, LogInCommand command) {
    if (!hasher.needsRehash(hash)) {
      return Optional.empty();
    }
    try {
      return Optional.of(user.changePassword(hasher.hash(command.password())));
    } catch (RuntimeException e) {
      // A failed upgrade must never block a correct login (anchor §5.9).
      LOG.log(Level.WARNING, "password rehash failed for user " + user.id(), e);
      return Optional.empty();
    }
  }
}
