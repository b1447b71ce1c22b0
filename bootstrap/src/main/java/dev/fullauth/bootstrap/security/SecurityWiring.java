package dev.fullauth.bootstrap.security;

import dev.fullauth.adapter.security.cipher.AesGcmSecretCipher;
import dev.fullauth.adapter.security.password.Argon2PasswordHasher;
import dev.fullauth.adapter.security.password.Argon2Settings;
import dev.fullauth.adapter.security.password.BoundedPasswordHasher;
import dev.fullauth.adapter.security.token.JwtSettings;
import dev.fullauth.adapter.security.token.JwtTokenIssuer;
import dev.fullauth.adapter.security.token.JwtTokenVerifier;
import dev.fullauth.adapter.security.token.SigningKeyRing;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.SecretCipher;
import dev.fullauth.application.port.out.SigningKeyRepository;
import dev.fullauth.application.port.out.TokenIssuer;
import dev.fullauth.application.port.out.TokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Binds the cryptography ports to their adapters, configured from MicroProfile Config. */
@ApplicationScoped
public class SecurityWiring {
  private static final Logger LOG = Logger.getLogger(SecurityWiring.class.getName());

  @Inject
  @ConfigProperty(name = "fullauth.algorithm")
  String algorithm;

  @Inject
  @ConfigProperty(name = "fullauth.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "fullauth.audience")
  Optional<String> audience;

  @Inject
  @ConfigProperty(name = "fullauth.secret.key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "fullauth.password.hash.algorithm")
  String hashAlgorithm;

  @Inject
  @ConfigProperty(name = "fullauth.argon2.memory.kib")
  int argon2Memory;

  @Inject
  @ConfigProperty(name = "fullauth.argon2.iterations")
  int argon2Iterations;

  @Inject
  @ConfigProperty(name = "fullauth.argon2.parallelism")
  int argon2Parallelism;

  @Inject
  @ConfigProperty(name = "fullauth.bcrypt.rounds")
  int bcryptRounds;

  @Inject
  @ConfigProperty(name = "fullauth.key.rotation.days")
  int rotationDays;

  @Inject TokenPolicy tokenPolicy;

  /** Password hashes at once ({@code FULLAUTH_HASH_CONCURRENCY}); default: the cores. */
  @Inject
  @ConfigProperty(name = "fullauth.hash.concurrency")
  Optional<Integer> hashConcurrency;

  /** Longest wait for a hashing slot before 503 ({@code FULLAUTH_HASH_QUEUE_TIMEOUT_MS}). */
  @Inject
  @ConfigProperty(name = "fullauth.hash.queue.timeout.ms", defaultValue = "10000")
  long hashQueueTimeoutMs;

  @Inject SigningKeyRepository keyRepository;

  @Inject Clock clock;

  private volatile JwtSettings settings;
  private volatile SigningKeyRing ring;

  /**
   * Checks the token and hashing settings at start, like the OAuth and passkey wiring, so that a
   * bad FULLAUTH_ALGORITHM, secret or hash setting stops the deployment instead of failing every
   * login later.
   */
  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    settings();
    passwordHasher();
  }

  @Produces
  @ApplicationScoped
  PasswordHasher passwordHasher() {
    Argon2PasswordHasher.Algorithm choice =
        switch (hashAlgorithm.strip().toLowerCase(Locale.ROOT)) {
          case "argon2id" -> Argon2PasswordHasher.Algorithm.ARGON2ID;
          case "bcrypt" -> Argon2PasswordHasher.Algorithm.BCRYPT;
          default ->
              throw new IllegalStateException(
                  "FULLAUTH_PASSWORD_HASH_ALGORITHM must be argon2id or bcrypt");
        };
    int slots =
        hashConcurrency.filter(n -> n > 0).orElse(Runtime.getRuntime().availableProcessors());
    return new BoundedPasswordHasher(
        new Argon2PasswordHasher(
            choice,
            new Argon2Settings(argon2Memory, argon2Iterations, argon2Parallelism),
            bcryptRounds),
        slots,
        Duration.ofMillis(hashQueueTimeoutMs));
  }

  @Produces
  @ApplicationScoped
  TokenIssuer tokenIssuer() {
    return new JwtTokenIssuer(settings(), ring());
  }

  @Produces
  @ApplicationScoped
  TokenVerifier tokenVerifier() {
    return new JwtTokenVerifier(settings(), ring(), clock);
  }

  @Produces
  @ApplicationScoped
  SecretCipher secretCipher() {
    // Same secret as HS* signing; the cipher derives its own key from it.
    return new AesGcmSecretCipher(settings().secretKey());
  }

  private synchronized SigningKeyRing ring() {
    if (ring == null) {
      // A retired key verifies until the longest-lived token it signed (a refresh token) expired.
      Duration retention = tokenPolicy.refreshTtl().plus(tokenPolicy.leeway()).plusMinutes(1);
      ring =
          new SigningKeyRing(
              settings(), keyRepository, clock, Duration.ofDays(rotationDays), retention);
    }
    return ring;
  }

  private synchronized JwtSettings settings() {
    if (settings == null) {
      settings =
          new JwtSettings(
              algorithm.strip().toUpperCase(Locale.ROOT),
              issuer,
              audience.orElse(null),
              tokenPolicy.leeway(),
              secret());
    }
    return settings;
  }

  private String secret() {
    Optional<String> configured = secretKey.filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      if (configured.get().length() < 32) {
        throw new IllegalStateException("FULLAUTH_SECRET_KEY must be at least 32 characters");
      }
      return configured.get();
    }
    LOG.warning(
        "FULLAUTH_SECRET_KEY is not set: a random key is used for this process"
            + " (HS* tokens and other secret-keyed values will not survive a restart)");
    byte[] random = new byte[64];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
