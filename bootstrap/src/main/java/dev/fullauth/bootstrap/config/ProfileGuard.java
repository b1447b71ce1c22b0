package dev.fullauth.bootstrap.config;

import dev.fullauth.adapter.rest.transport.TokenTransport;
import dev.fullauth.bootstrap.mail.MailWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start the production profile in an unsafe state (CONTRACT.md item 10): failing here
 * aborts the deployment, with every reason in one message in the log.
 */
@ApplicationScoped
public class ProfileGuard {
  @Inject
  @ConfigProperty(name = "fullauth.profile")
  String profile;

  @Inject
  @ConfigProperty(name = "fullauth.secret.key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "fullauth.db.url")
  String databaseUrl;

  @Inject TokenTransport transport;

  @Inject
  @ConfigProperty(name = "fullauth.csrf.enabled")
  Optional<Boolean> csrf;

  @Inject MailWiring mail;

  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (!"production".equalsIgnoreCase(profile.strip())) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (secretKey.filter(k -> !k.isBlank()).isEmpty()) {
      problems.add("FULLAUTH_SECRET_KEY is not set");
    }
    if (databaseUrl.strip().startsWith("jdbc:h2:")) {
      problems.add("the database is the embedded H2 (set FULLAUTH_DB_URL to PostgreSQL)");
    }
    if (transport.cookies() && !csrf.orElse(true)) {
      problems.add("cookies carry tokens but FULLAUTH_CSRF_ENABLED=false");
    }
    if (!mail.smtpConfigured()) {
      problems.add("FULLAUTH_SMTP_HOST is not set (mails must be sent, not logged)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "FULLAUTH_PROFILE=production refuses to start: " + String.join("; ", problems));
    }
  }
}
