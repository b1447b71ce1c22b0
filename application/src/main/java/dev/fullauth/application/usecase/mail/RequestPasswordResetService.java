package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.mail.RequestPasswordResetUseCase;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Queues a reset mail for any address, without looking the account up: the answer, and the work
 * behind it, are the same whether or not the address is known (no enumeration or timing oracle).
 */
@UseCase
@Transactional
public class RequestPasswordResetService implements RequestPasswordResetUseCase {
  private final MailOutbox outbox;
  private final Clock clock;

  @Inject
  public RequestPasswordResetService(MailOutbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void request(EmailAddress email, String locale) {
    outbox.enqueue(OutboxMail.queue(email, MailTemplate.RESET_PASSWORD, locale, clock.instant()));
  }
}
