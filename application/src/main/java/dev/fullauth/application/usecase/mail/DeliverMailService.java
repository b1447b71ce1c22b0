package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.DeliveryPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.port.in.mail.DeliverMailUseCase;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.MailDeliveryException;
import dev.fullauth.application.port.out.MailMessage;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.MailSender;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.event.AuthEvent;
import dev.fullauth.domain.event.PasswordResetMailRequested;
import dev.fullauth.domain.event.VerificationMailRequested;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers outbox mail. The account is looked up and the link's token minted at delivery time, so
 * the outbox holds no secret and requests for unknown addresses end here as {@code SKIPPED}.
 */
@UseCase
public class DeliverMailService implements DeliverMailUseCase {
  private static final Logger LOG = Logger.getLogger(DeliverMailService.class.getName());

  private final MailOutbox outbox;
  private final MailSender sender;
  private final UserRepository users;
  private final PurposeTokens tokens;
  private final MailPolicy mailPolicy;
  private final DeliveryPolicy deliveryPolicy;
  private final EventPublisher events;
  private final Clock clock;

  @Inject
  public DeliverMailService(
      MailOutbox outbox,
      MailSender sender,
      UserRepository users,
      PurposeTokens tokens,
      MailPolicy mailPolicy,
      DeliveryPolicy deliveryPolicy,
      EventPublisher events,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.users = users;
    this.tokens = tokens;
    this.mailPolicy = mailPolicy;
    this.deliveryPolicy = deliveryPolicy;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public List<UUID> dueMail() {
    return outbox.dueIds(clock.instant(), deliveryPolicy.batchSize());
  }

  @Override
  public boolean deliver(UUID mailId) {
    Instant now = clock.instant();
    Optional<OutboxMail> found = outbox.find(mailId).filter(m -> m.status() == MailStatus.PENDING);
    if (found.isEmpty() || !outbox.claim(mailId, now, now.plus(deliveryPolicy.lease()))) {
      return false;
    }
    OutboxMail mail = found.get();
    Optional<User> user = users.findByEmail(mail.recipient());
    if (user.isEmpty()) {
      outbox.save(mail.skipped());
      return false;
    }
    boolean notice = mail.template() == MailTemplate.PASSKEY_ADDED;
    boolean reset = mail.template() == MailTemplate.RESET_PASSWORD;
    Duration ttl = reset ? mailPolicy.resetTtl() : mailPolicy.verifyTtl();
    String token =
        notice
            ? null
            : tokens.mint(
                user.get(), reset ? PurposeTokens.PASSWORD_RESET : PurposeTokens.EMAIL_VERIFY, ttl);
    String link =
        notice
            ? mailPolicy.frontendUrl()
            : mailPolicy.frontendUrl()
                + (reset ? "/reset-password?token=" : "/verify?token=")
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    MailMessage message =
        new MailMessage(
            user.get().email(),
            mail.template(),
            mail.locale(),
            Map.of(
                "link", link,
                "expires_minutes", String.valueOf(ttl.toMinutes()),
                "product_name", mailPolicy.productName(),
                "email", user.get().email().value()));
    try {
      sender.send(message);
    } catch (MailDeliveryException e) {
      OutboxMail failed =
          mail.failed(
              now, e.getMessage(), deliveryPolicy.initialBackoff(), deliveryPolicy.maxBackoff());
      outbox.save(failed);
      LOG.warning(
          "mail "
              + mail.id()
              + " attempt "
              + failed.attempts()
              + " failed ("
              + e.getMessage()
              + "); "
              + (failed.status() == MailStatus.FAILED
                  ? "given up"
                  : "next at " + failed.nextAttemptAt()));
      return false;
    }
    outbox.save(mail.delivered(clock.instant()));
    if (notice) {
      return true;
    }
    AuthEvent event =
        reset
            ? new PasswordResetMailRequested(user.get().email(), token)
            : new VerificationMailRequested(user.get().email(), token);
    events.publishAfterCommit(event);
    return true;
  }
}
