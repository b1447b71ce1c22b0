package dev.fullauth.bootstrap.config;

import dev.fullauth.adapter.rest.support.CommaList;
import dev.fullauth.application.policy.AccountPolicy;
import dev.fullauth.application.policy.LockoutPolicy;
import dev.fullauth.application.policy.RateLimitPolicy;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.domain.password.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns configuration into the immutable policy records the use cases take. Records are final and
 * cannot be proxied, hence the {@code @Singleton} pseudo-scope.
 */
@ApplicationScoped
public class PolicyProducer {
  @Inject
  @ConfigProperty(name = "fullauth.access.token.expire.minutes")
  int accessMinutes;

  @Inject
  @ConfigProperty(name = "fullauth.refresh.token.expire.days")
  int refreshDays;

  @Inject
  @ConfigProperty(name = "fullauth.refresh.token.rotation")
  boolean rotation;

  @Inject
  @ConfigProperty(name = "fullauth.jwt.leeway.seconds")
  int leewaySeconds;

  @Inject
  @ConfigProperty(name = "fullauth.password.min.length")
  int minLength;

  @Inject
  @ConfigProperty(name = "fullauth.password.require.uppercase")
  boolean requireUppercase;

  @Inject
  @ConfigProperty(name = "fullauth.password.require.lowercase")
  boolean requireLowercase;

  @Inject
  @ConfigProperty(name = "fullauth.password.require.digit")
  boolean requireDigit;

  @Inject
  @ConfigProperty(name = "fullauth.password.require.special")
  boolean requireSpecial;

  @Inject
  @ConfigProperty(name = "fullauth.password.block.list")
  Optional<String> blockList;

  @Inject
  @ConfigProperty(name = "fullauth.password.reject.common", defaultValue = "true")
  boolean rejectCommon;

  @Inject
  @ConfigProperty(name = "fullauth.prevent.registration.enumeration")
  boolean preventRegistrationEnumeration;

  @Inject
  @ConfigProperty(name = "fullauth.prevent.login.timing.attacks")
  boolean preventLoginTimingAttacks;

  @Inject
  @ConfigProperty(name = "fullauth.auth.rate.limit.enabled")
  boolean rateLimitEnabled;

  @Inject
  @ConfigProperty(name = "fullauth.auth.rate.limit.window.seconds")
  int rateLimitWindowSeconds;

  @Inject
  @ConfigProperty(name = "fullauth.auth.rate.limits")
  Optional<String> rateLimits;

  @Inject
  @ConfigProperty(name = "fullauth.lockout.enabled")
  boolean lockoutEnabled;

  @Inject
  @ConfigProperty(name = "fullauth.max.login.attempts")
  int maxLoginAttempts;

  @Inject
  @ConfigProperty(name = "fullauth.lockout.duration.minutes")
  int lockoutMinutes;

  @Inject
  @ConfigProperty(name = "fullauth.lockout.duration.seconds")
  Optional<Integer> lockoutSeconds;

  @Produces
  @Singleton
  TokenPolicy tokenPolicy() {
    // The leeway lives here only: the token verifier and every revocation read it from this record.
    return new TokenPolicy(
        Duration.ofMinutes(accessMinutes),
        Duration.ofDays(refreshDays),
        rotation,
        Duration.ofSeconds(leewaySeconds));
  }

  @Produces
  @Singleton
  PasswordPolicy passwordPolicy() {
    Set<String> blocked = Set.copyOf(CommaList.parse(blockList));
    return new PasswordPolicy(
        minLength,
        requireUppercase,
        requireLowercase,
        requireDigit,
        requireSpecial,
        blocked,
        rejectCommon);
  }

  @Produces
  @Singleton
  AccountPolicy accountPolicy() {
    return new AccountPolicy(preventRegistrationEnumeration, preventLoginTimingAttacks);
  }

  @Produces
  @Singleton
  RateLimitPolicy rateLimitPolicy() {
    Map<RateBucket, Integer> limits = new EnumMap<>(RateBucket.class);
    String overrides = rateLimits.orElse("").strip();
    if (!overrides.isEmpty()) {
      JsonObject json;
      try (JsonReader reader = Json.createReader(new StringReader(overrides))) {
        json = reader.readObject();
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "FULLAUTH_AUTH_RATE_LIMITS must be a JSON object of bucket limits");
      }
      for (RateBucket bucket : RateBucket.values()) {
        if (json.containsKey(bucket.configName())) {
          limits.put(bucket, json.getInt(bucket.configName()));
        }
      }
    }
    return new RateLimitPolicy(
        rateLimitEnabled, Duration.ofSeconds(rateLimitWindowSeconds), limits);
  }

  @Produces
  @Singleton
  LockoutPolicy lockoutPolicy() {
    // FULLAUTH_LOCKOUT_DURATION_SECONDS, when set, is a finer-grained override (tests, drills).
    Duration duration =
        lockoutSeconds
            .filter(s -> s > 0)
            .map(Duration::ofSeconds)
            .orElse(Duration.ofMinutes(lockoutMinutes));
    return new LockoutPolicy(lockoutEnabled, maxLoginAttempts, duration);
  }

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
