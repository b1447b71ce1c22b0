package dev.fullauth.application.usecase.account;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.AccountPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.port.in.account.RegisterUserCommand;
import dev.fullauth.application.port.in.account.RegisterUserUseCase;
import dev.fullauth.application.port.in.account.RegistrationResult;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.event.UserRegistered;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PasswordPolicy;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Registers password accounts in the anchor's order: policy, then uniqueness, then hash and insert.
 * Unlike the anchor, a taken address still costs one hash, so that the two answers of the
 * anti-enumeration mode also take the same time (anchor §5.1 notes the gap).
 */
@UseCase
@Transactional
public class RegisterUserService implements RegisterUserUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final AccountPolicy accountPolicy;
  private final EventPublisher events;
  private final MailOutbox outbox;
  private final MailPolicy mailPolicy;
  private final Clock clock;

  @Inject
  public RegisterUserService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      AccountPolicy accountPolicy,
      EventPublisher events,
      MailOutbox outbox,
      MailPolicy mailPolicy,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.accountPolicy = accountPolicy;
    this.events = events;
    this.outbox = outbox;
    this.mailPolicy = mailPolicy;
    this.clock = clock;
  }

  @Override
  public RegistrationResult register(RegisterUserCommand command) {
    passwordPolicy.check(command.password());
    PasswordHash hash = hasher.hash(command.password());
    if (users.findByEmail(command.email()).isPresent()) {
      return taken();
    }
    User user =
        User.register(UserId.generate(clock.instant()), command.email(), hash, clock.instant());
    try {
      users.insert(user);
    } catch (UserAlreadyExistsException e) {
      return taken();
    }
    if (mailPolicy.sendVerificationOnRegister()) {
      outbox.enqueue(
          OutboxMail.queue(
              user.email(), MailTemplate.VERIFY_EMAIL, command.locale(), clock.instant()));
    }
    events.publishAfterCommit(new UserRegistered(user));
    return accountPolicy.preventRegistrationEnumeration()
        ? new RegistrationResult.Concealed()
        : new RegistrationResult.Created(user);
  }

  private RegistrationResult taken() {
    if (accountPolicy.preventRegistrationEnumeration()) {
      return new RegistrationResult.Concealed();
    }
    throw new UserAlreadyExistsException();
  }
}
