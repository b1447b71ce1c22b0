package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.DeliveryPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.port.in.mail.DeliverMailUseCase;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.MailDeliveryException;
import dev.fullauth.application.port.out.MailMessage;
import dev.fullauth.application.port.out.MailSender;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers outbox mail. The account is looked up and the link's token minted at delivery time, so
 * the outbox holds no secret and requests for unknown addresses end here as {@code SKIPPED}.
 *
 * <p>Not transactional: one delivery is three steps. The claim (with the recipient's account)
 * commits first in a short transaction of its own ({@link OutboxLedger#claim}), and its lease keeps
 * every other worker off the mail; the mail is then rendered and sent with no transaction open; the
 * outcome is recorded in a second short transaction ({@link OutboxLedger#record}). Delivery is at
 * least once: if the process dies or the database fails between the SMTP server's acceptance and
 * the commit of the record, the lease runs out and the mail is sent again, with a newly minted
 * token (the first one stays valid until it expires or is used). The same happens if one send
 * outlasts the lease, which the SMTP timeouts keep far shorter. A failure between claim and send
 * (minting the token, rendering) leaves the mail pending; it is retried when the lease ends.
 */
@UseCase
public class DeliverMailService implements DeliverMailUseCase {
  private static final Logger LOG = Logger.getLogger(DeliverMailService.class.getName());

  private final OutboxLedger ledger;
  private final MailSender sender;
  private final PurposeTokens tokens;
  private final MailPolicy mailPolicy;
  private final DeliveryPolicy deliveryPolicy;
  private final EventPublisher events;
  private final Clock clock;

  @Inject
  public DeliverMailService(
      OutboxLedger ledger,
      MailSender sender,
      PurposeTokens tokens,
      MailPolicy mailPolicy,
      DeliveryPolicy deliveryPolicy,
      EventPublisher events,
      Clock clock) {
    this.ledger = ledger;
    this.sender = sender;
    this.tokens = tokens;
    this.mailPolicy = mailPolicy;
    this.deliveryPolicy = deliveryPolicy;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public List<UUID> dueMail() {
    return ledger.due();
  }

  @Override
  public boolean deliver(UUID mailId) {
    Optional<OutboxLedger.Claim> claimed = ledger.claim(mailId);
    if (claimed.isEmpty()) {
      return false;
    }
    OutboxMail mail = claimed.get().mail();
    Optional<User> user = claimed.get().recipient();
    if (user.isEmpty()) {
      ledger.record(mail.skipped());
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
              clock.instant(),
              e.getMessage(),
              deliveryPolicy.initialBackoff(),
              deliveryPolicy.maxBackoff());
      ledger.record(failed);
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
    ledger.record(mail.delivered(clock.instant()));
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
