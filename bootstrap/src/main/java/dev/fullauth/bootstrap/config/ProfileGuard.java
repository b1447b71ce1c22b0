package dev.fullauth.bootstrap.config;

import dev.fullauth.adapter.rest.support.CommaList;
import dev.fullauth.adapter.rest.transport.TokenTransport;
import dev.fullauth.bootstrap.mail.MailWiring;
import dev.fullauth.bootstrap.web.DemoServlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start in an unsafe state (CONTRACT.md item 10): failing here aborts the deployment,
 * with every reason in one message in the log. The checks themselves are {@link StartupChecks}.
 */
@ApplicationScoped
public class ProfileGuard {
  /** The cluster interface and member of the {@code ./fullauth} script when none is configured. */
  private static final String LOOPBACK = "127.0.0.1";

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

  @Inject
  @ConfigProperty(name = "fullauth.cluster.interface")
  Optional<String> clusterInterface;

  // Read here and by the ./fullauth script, which writes them into the Hazelcast configuration.
  @Inject
  @ConfigProperty(name = "fullauth.cluster.members")
  Optional<String> clusterMembers;

  @Inject
  @ConfigProperty(name = "fullauth.cluster.secret")
  Optional<String> clusterSecret;

  @Inject
  @ConfigProperty(name = "fullauth.demo.enabled")
  Optional<Boolean> demo;

  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    boolean production = "production".equalsIgnoreCase(profile.strip());
    List<String> problems =
        StartupChecks.problems(
            new StartupChecks.Settings(
                production,
                secretKey.filter(k -> !k.isBlank()).isPresent(),
                databaseUrl,
                transport.cookies(),
                csrf.orElse(true),
                mail.smtpConfigured(),
                mail.requiresStartTls(),
                transport.secureCookies(),
                transport.configuredSameSite(),
                transport.sameSite(),
                clusterInterface.filter(i -> !i.isBlank()).orElse(LOOPBACK),
                clusterMembers
                    .filter(m -> !m.isBlank())
                    .map(m -> CommaList.parse(Optional.of(m)))
                    .orElse(List.of(LOOPBACK)),
                clusterSecret.filter(k -> !k.isBlank()).isPresent(),
                DemoServlet.enabled(profile, demo)));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          (production ? "FULLAUTH_PROFILE=production refuses to start: " : "refusing to start: ")
              + String.join("; ", problems));
    }
  }
}
