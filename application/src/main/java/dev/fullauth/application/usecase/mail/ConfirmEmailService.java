package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.mail.ConfirmEmailUseCase;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.event.EmailVerified;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Marks an address verified; confirming an already verified address succeeds again (anchor). */
@UseCase
@Transactional
public class ConfirmEmailService implements ConfirmEmailUseCase {
  private final PurposeTokens tokens;
  private final UserRepository users;
  private final EventPublisher events;

  @Inject
  public ConfirmEmailService(PurposeTokens tokens, UserRepository users, EventPublisher events) {
    this.tokens = tokens;
    this.users = users;
    this.events = events;
  }

  @Override
  public void confirm(String token) {
    User user = tokens.consume(tokens.read(token, PurposeTokens.EMAIL_VERIFY));
    if (!user.isVerified()) {
      user = user.confirmEmail();
      users.update(user);
    }
    events.publishAfterCommit(new EmailVerified(user));
  }
}
