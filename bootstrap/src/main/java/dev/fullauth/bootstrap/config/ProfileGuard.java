package dev.fullauth.bootstrap.config;

import dev.fullauth.bootstrap.mail.MailWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start the production profile in an unsafe state (CONTRACT.md item 10): failing here
 * aborts the deployment with the reason in the log.
 */
@ApplicationScoped
public class ProfileGuard {
  @Inject
  @ConfigProperty(name = "fullauth.profile")
  String profile;

  @Inject MailWiring mail;

  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if ("production".equalsIgnoreCase(profile.strip()) && !mail.smtpConfigured()) {
      throw new IllegalStateException(
          "FULLAUTH_PROFILE=production needs FULLAUTH_SMTP_HOST: mails must be sent, not logged");
    }
  }
}
