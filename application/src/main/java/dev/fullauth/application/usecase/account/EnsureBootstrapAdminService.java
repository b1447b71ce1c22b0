package dev.fullauth.application.usecase.account;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.account.EnsureBootstrapAdminUseCase;
import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.password.PasswordPolicy;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Creates the configured first superuser once. */
@UseCase
@Transactional
public class EnsureBootstrapAdminService implements EnsureBootstrapAdminUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final Clock clock;

  @Inject
  public EnsureBootstrapAdminService(
      UserRepository users, PasswordHasher hasher, PasswordPolicy policy, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public boolean ensure(EmailAddress email, PlainPassword password) {
    if (users.findByEmail(email).isPresent()) {
      return false;
    }
    policy.check(password);
    User admin =
        User.register(
                UserId.generate(clock.instant()), email, hasher.hash(password), clock.instant())
            .confirmEmail()
            .promoteToSuperuser();
    try {
      users.insert(admin);
      return true;
    } catch (UserAlreadyExistsException anotherNodeWasFaster) {
      return false;
    }
  }
}
