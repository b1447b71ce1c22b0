package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.mail.RequestEmailVerificationUseCase;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Queues the verification mail of an account; the worker mints the token when it sends. */
@UseCase
@Transactional
public class RequestEmailVerificationService implements RequestEmailVerificationUseCase {
  private final UserRepository users;
  private final MailOutbox outbox;
  private final Clock clock;

  @Inject
  public RequestEmailVerificationService(UserRepository users, MailOutbox outbox, Clock clock) {
    this.users = users;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void request(UserId userId, String locale) {
    users
        .findById(userId)
        .ifPresent(
            user ->
                outbox.enqueue(
                    OutboxMail.queue(
                        user.email(), MailTemplate.VERIFY_EMAIL, locale, clock.instant())));
  }
}
