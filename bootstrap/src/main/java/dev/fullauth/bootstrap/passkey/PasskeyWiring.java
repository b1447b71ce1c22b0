package dev.fullauth.bootstrap.passkey;

import dev.fullauth.adapter.rest.support.CommaList;
import dev.fullauth.adapter.security.passkey.WebAuthn4jPasskeyVerifier;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.out.PasskeyVerifier;
import dev.fullauth.bootstrap.persistence.CacheWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the relying party as the anchor validates it (§7.1): passkeys are on when {@code
 * FULLAUTH_PASSKEY_RP_ID} is set (unless {@code FULLAUTH_PASSKEY_ENABLED=false}); the RP id must be
 * a bare host; origins (falling back to {@code FULLAUTH_ORIGINS}) must be full origins without a
 * path. Invalid settings stop the deployment at start.
 */
@ApplicationScoped
public class PasskeyWiring {
  private static final Logger LOG = Logger.getLogger(PasskeyWiring.class.getName());

  @Inject
  @ConfigProperty(name = "fullauth.passkey.enabled")
  Optional<Boolean> enabled;

  @Inject
  @ConfigProperty(name = "fullauth.passkey.rp.id")
  Optional<String> rpId;

  @Inject
  @ConfigProperty(name = "fullauth.passkey.rp.name")
  Optional<String> rpName;

  @Inject
  @ConfigProperty(name = "fullauth.passkey.origins")
  Optional<String> origins;

  @Inject
  @ConfigProperty(name = "fullauth.origins")
  Optional<String> generalOrigins;

  @Inject
  @ConfigProperty(name = "fullauth.passkey.challenge.ttl", defaultValue = "60")
  long challengeSeconds;

  @Inject
  @ConfigProperty(name = "fullauth.passkey.recent.login.seconds", defaultValue = "300")
  long recentLoginSeconds;

  @Inject
  @ConfigProperty(name = "fullauth.passkey.require.user.verification", defaultValue = "true")
  boolean requireUserVerification;

  private volatile PasskeyPolicy policy;

  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    PasskeyPolicy p = policy();
    if (p.enabled()) {
      LOG.info(() -> "passkeys enabled for RP " + p.rpId() + ", origins " + p.origins());
    }
  }

  @Produces
  @Singleton
  PasskeyPolicy passkeyPolicy() {
    return policy();
  }

  @Produces
  @ApplicationScoped
  PasskeyVerifier passkeyVerifier() {
    return new WebAuthn4jPasskeyVerifier();
  }

  private synchronized PasskeyPolicy policy() {
    if (policy == null) {
      policy = load();
    }
    return policy;
  }

  private PasskeyPolicy load() {
    Optional<String> id = rpId.map(String::strip).filter(s -> !s.isEmpty());
    boolean on = enabled.orElse(id.isPresent());
    if (!on) {
      return PasskeyPolicy.disabled();
    }
    List<String> problems = new ArrayList<>();
    if (id.isEmpty() || id.get().contains("://") || id.get().contains("/")) {
      problems.add("FULLAUTH_PASSKEY_RP_ID must be a bare host such as example.com");
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (String origin :
        CommaList.parse(origins.filter(s -> !s.isBlank()).or(() -> generalOrigins))) {
      String trimmed = CommaList.withoutTrailingSlash(origin);
      if (!isOrigin(trimmed)) {
        problems.add("FULLAUTH_PASSKEY_ORIGINS entry '" + origin + "' is not scheme://host[:port]");
      }
      allowed.add(trimmed);
    }
    if (allowed.isEmpty()) {
      problems.add("FULLAUTH_PASSKEY_ORIGINS (or FULLAUTH_ORIGINS) is empty");
    }
    if (challengeSeconds < 1 || challengeSeconds > CacheWiring.ONE_TIME_MAX_SECONDS) {
      problems.add(
          "FULLAUTH_PASSKEY_CHALLENGE_TTL must be between 1 and "
              + CacheWiring.ONE_TIME_MAX_SECONDS
              + " seconds");
    }
    if (recentLoginSeconds < 1) {
      problems.add("FULLAUTH_PASSKEY_RECENT_LOGIN_SECONDS must be positive");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Passkey configuration invalid: " + String.join("; ", problems));
    }
    return new PasskeyPolicy(
        true,
        id.get(),
        rpName.map(String::strip).filter(s -> !s.isEmpty()).orElse(id.get()),
        allowed,
        Duration.ofSeconds(challengeSeconds),
        requireUserVerification,
        Duration.ofSeconds(recentLoginSeconds));
  }

  private static boolean isOrigin(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null
          && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
          && uri.getRawQuery() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
