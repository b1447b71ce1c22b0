package dev.fullauth.bootstrap.mail;

import dev.fullauth.adapter.mail.LoggingMailSender;
import dev.fullauth.adapter.mail.MailTemplates;
import dev.fullauth.adapter.mail.SmtpMailSender;
import dev.fullauth.adapter.mail.SmtpSettings;
import dev.fullauth.application.policy.DeliveryPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.port.out.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Binds the mail ports: SMTP when {@code FULLAUTH_SMTP_HOST} is set, else the logging stand-in. */
@ApplicationScoped
public class MailWiring {
  private static final Logger LOG = Logger.getLogger(MailWiring.class.getName());

  @Inject
  @ConfigProperty(name = "fullauth.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "fullauth.smtp.port")
  int port;

  @Inject
  @ConfigProperty(name = "fullauth.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "fullauth.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "fullauth.smtp.starttls")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "fullauth.smtp.timeout.ms")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "fullauth.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "fullauth.mail.templates.dir")
  Optional<String> templatesDir;

  @Inject
  @ConfigProperty(name = "fullauth.frontend.url")
  String frontendUrl;

  @Inject
  @ConfigProperty(name = "fullauth.product.name")
  String productName;

  @Inject
  @ConfigProperty(name = "fullauth.send.verification.on.register")
  boolean sendVerificationOnRegister;

  @Inject
  @ConfigProperty(name = "fullauth.password.reset.expire.minutes")
  int resetMinutes;

  @Inject
  @ConfigProperty(name = "fullauth.email.verify.expire.minutes")
  int verifyMinutes;

  @Inject
  @ConfigProperty(name = "fullauth.mail.retry.initial.ms")
  long retryInitialMillis;

  @Inject
  @ConfigProperty(name = "fullauth.mail.retry.max.ms")
  long retryMaxMillis;

  @Inject
  @ConfigProperty(name = "fullauth.mail.lease.seconds")
  long leaseSeconds;

  /**
   * @return whether an SMTP server is configured
   */
  public boolean smtpConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * @return whether the SMTP connection must be upgraded with STARTTLS ({@code
   *     FULLAUTH_SMTP_STARTTLS})
   */
  public boolean requiresStartTls() {
    return startTls;
  }

  @Produces
  @ApplicationScoped
  MailSender mailSender() {
    MailTemplates templates =
        new MailTemplates(templatesDir.filter(d -> !d.isBlank()).map(Path::of).orElse(null));
    if (!smtpConfigured()) {
      LOG.warning("FULLAUTH_SMTP_HOST is not set: mails are logged (tokens masked), not sent");
      return new LoggingMailSender(templates);
    }
    SmtpSettings settings =
        new SmtpSettings(
            host.get().strip(),
            port,
            user.orElse(null),
            password.orElse(null),
            startTls,
            from,
            timeoutMillis);
    LOG.info("mail goes to " + settings);
    return new SmtpMailSender(settings, templates);
  }

  @Produces
  @Singleton
  MailPolicy mailPolicy() {
    return new MailPolicy(
        frontendUrl,
        productName,
        Duration.ofMinutes(verifyMinutes),
        Duration.ofMinutes(resetMinutes),
        sendVerificationOnRegister);
  }

  @Produces
  @Singleton
  DeliveryPolicy deliveryPolicy() {
    return new DeliveryPolicy(
        Duration.ofMillis(retryInitialMillis),
        Duration.ofMillis(retryMaxMillis),
        Duration.ofSeconds(leaseSeconds),
        20);
  }
}
