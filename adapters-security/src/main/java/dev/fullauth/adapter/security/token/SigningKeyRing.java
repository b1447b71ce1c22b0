package dev.fullauth.adapter.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.fullauth.application.port.out.SigningKeyRepository;
import dev.fullauth.application.port.out.StoredSigningKey;
import dev.fullauth.domain.shared.TimeOrderedIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The keys that sign and verify tokens. Asymmetric keys are generated on first use and persisted
 * through {@link SigningKeyRepository}, so that restarts and other nodes keep verifying; the newest
 * key of the configured algorithm signs. HMAC keys come from {@code FULLAUTH_SECRET_KEY}.
 *
 * <p>Loading touches the database (in a transaction of the repository's own, so that a key
 * generated during a request survives that request's rollback). The ring reloads every {@link
 * #RELOAD_INTERVAL} to follow rotations, and at once when a token names an unknown {@code kid}, at
 * most once per {@link #UNKNOWN_KID_RELOAD_INTERVAL}: a key another node just created verifies here
 * immediately, and a flood of invented key ids costs at most one read per interval.
 */
public final class SigningKeyRing {
  static final Duration RELOAD_INTERVAL = Duration.ofSeconds(30);
  static final Duration UNKNOWN_KID_RELOAD_INTERVAL = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(SigningKeyRing.class.getName());
  private static final java.security.Provider BOUNCY_CASTLE =
      new org.bouncycastle.jce.provider.BouncyCastleProvider();

  private final JwtSettings settings;
  private final SigningKeyRepository repository;
  private final Clock clock;
  private final Duration rotationPeriod;
  private final Duration retention;

  /** Everything one load produced, published at once so that no reader sees half a load. */
  private volatile Loaded loaded;

  /** When an unknown {@code kid} last caused a reload; guarded by this. */
  private Instant unknownKidReloadAt = Instant.MIN;

  /**
   * The active key and its signer, always from the same load.
   *
   * @param key the JWK whose {@code kid} goes into the header
   * @param signer the signer of that key
   */
  public record ActiveKey(JWK key, JWSSigner signer) {}

  private record Loaded(
      Map<String, JWK> keysById,
      Map<String, JWSVerifier> verifiersById,
      ActiveKey active,
      Instant loadedAt) {}

  /** A ring rotating every 90 days and keeping a retired key for 31 days. */
  public SigningKeyRing(JwtSettings settings, SigningKeyRepository repository, Clock clock) {
    this(settings, repository, clock, Duration.ofDays(90), Duration.ofDays(31));
  }

  /**
   * @param rotationPeriod a new key is generated when the newest is this old ({@code
   *     FULLAUTH_KEY_ROTATION_DAYS})
   * @param retention how long a key keeps verifying after its successor appeared: at least the
   *     longest token lifetime, so that every token it signed expires first
   */
  public SigningKeyRing(
      JwtSettings settings,
      SigningKeyRepository repository,
      Clock clock,
      Duration rotationPeriod,
      Duration retention) {
    this.settings = settings;
    this.repository = repository;
    this.clock = clock;
    this.rotationPeriod = rotationPeriod;
    this.retention = retention;
  }

  /**
   * Generates and stores a new signing key at once; it signs every token from now on, and the
   * previous keys keep verifying for the retention period. Other nodes pick it up within {@link
   * #RELOAD_INTERVAL}.
   *
   * @return the new key id
   * @throws IllegalStateException for HMAC algorithms, whose key is the configured secret
   */
  public synchronized String rotate() {
    if (settings.symmetric()) {
      throw new IllegalStateException("HMAC keys come from FULLAUTH_SECRET_KEY and rotate with it");
    }
    // Strictly newer than every stored key, so that it is the one that signs even within one tick.
    Instant createdAt =
        ofAlgorithm(repository.findAll()).stream()
            .findFirst()
            .map(k -> k.createdAt().plusMillis(1))
            .filter(t -> t.isAfter(clock.instant()))
            .orElse(clock.instant());
    StoredSigningKey created = generate(createdAt);
    repository.add(created);
    LOG.info("rotated: new signing key " + created.kid());
    reload();
    return created.kid();
  }

  /**
   * @return the key that signs new tokens
   */
  public JWK activeKey() {
    return fresh().active().key();
  }

  /**
   * The active key with its signer, built once per key: converting a JWK to a JCA key validates the
   * curve point, which costs more than the signature itself.
   *
   * @return the key and signer for new tokens, from one load
   */
  public ActiveKey active() {
    return fresh().active();
  }

  /**
   * @param kid the token's {@code kid}, may be null
   * @return the verifier of that key; for HMAC the secret's whatever the kid (anchor tokens have
   *     none)
   */
  public Optional<JWSVerifier> verifier(String kid) {
    Loaded current = fresh();
    if (settings.symmetric()) {
      return Optional.of(current.verifiersById().get(current.active().key().getKeyID()));
    }
    if (kid == null || kid.length() > 64) {
      return Optional.empty();
    }
    JWSVerifier known = current.verifiersById().get(kid);
    return known != null ? Optional.of(known) : reloadedFor(kid);
  }

  /** A key rotated on another node moments ago: read the store again, rate-limited. */
  private synchronized Optional<JWSVerifier> reloadedFor(String kid) {
    Instant now = clock.instant();
    if (!loaded.verifiersById().containsKey(kid)
        && now.isAfter(unknownKidReloadAt.plus(UNKNOWN_KID_RELOAD_INTERVAL))) {
      unknownKidReloadAt = now;
      reload();
    }
    return Optional.ofNullable(loaded.verifiersById().get(kid));
  }

  /**
   * @return the public keys of the configured algorithm as a JWK Set document
   */
  public String publicJwkSet() {
    Loaded current = fresh();
    if (settings.symmetric()) {
      return new JWKSet().toString(true);
    }
    return new JWKSet(List.copyOf(current.keysById().values())).toPublicJWKSet().toString(true);
  }

  /**
   * The current load, reloaded when missing or, for stored keys, older than {@link
   * #RELOAD_INTERVAL} (to follow scheduled rotations and keys other nodes created). Only one thread
   * reloads; the others that waited find the fresh load and use it.
   */
  private Loaded fresh() {
    Loaded current = loaded;
    if (current != null && !stale(current)) {
      return current;
    }
    synchronized (this) {
      if (loaded == null || stale(loaded)) {
        reload();
      }
      return loaded;
    }
  }

  private boolean stale(Loaded current) {
    return !settings.symmetric()
        && clock.instant().isAfter(current.loadedAt().plus(RELOAD_INTERVAL));
  }

  private synchronized void reload() {
    if (settings.symmetric()) {
      byte[] secret = settings.secretKey().getBytes(StandardCharsets.UTF_8);
      JWK key =
          new OctetSequenceKey.Builder(secret)
              .keyID("hs-" + fingerprint(secret))
              .algorithm(JWSAlgorithm.parse(settings.algorithm()))
              .build();
      install(Map.of(key.getKeyID(), key), key);
      return;
    }
    Instant now = clock.instant();
    List<StoredSigningKey> stored = ofAlgorithm(repository.findAll());
    if (stored.isEmpty() || !stored.get(0).createdAt().plus(rotationPeriod).isAfter(now)) {
      StoredSigningKey created = generate(now);
      repository.add(created);
      LOG.info("generated signing key " + created.kid() + " (" + created.algorithm() + ")");
      // Read again: another node may have generated one at the same moment.
      stored = ofAlgorithm(repository.findAll());
    }
    Map<String, JWK> byId = new LinkedHashMap<>();
    JWK newest = null;
    Instant successorCreated = null;
    for (StoredSigningKey key : stored) {
      // A retired key verifies until every token it signed has expired, then it is dropped.
      boolean usable = successorCreated == null || successorCreated.plus(retention).isAfter(now);
      if (usable) {
        try {
          JWK jwk = JWK.parse(key.privateJwk());
          byId.put(key.kid(), jwk);
          if (newest == null) {
            newest = jwk;
          }
        } catch (ParseException e) {
          LOG.severe("stored signing key " + key.kid() + " is unreadable; skipped");
        }
      }
      successorCreated = key.createdAt();
    }
    if (newest == null) {
      throw new IllegalStateException("no usable signing key for " + settings.algorithm());
    }
    install(Map.copyOf(byId), newest);
  }

  /**
   * @return the stored keys of the configured algorithm, newest first
   */
  private List<StoredSigningKey> ofAlgorithm(List<StoredSigningKey> all) {
    return all.stream()
        .filter(k -> k.algorithm().equals(settings.algorithm()))
        .sorted(java.util.Comparator.comparing(StoredSigningKey::createdAt).reversed())
        .toList();
  }

  /** Builds the signer and verifiers of the loaded keys and publishes them in one write. */
  private void install(Map<String, JWK> keysById, JWK active) {
    try {
      Map<String, JWSVerifier> verifiers = new LinkedHashMap<>();
      for (JWK key : keysById.values()) {
        verifiers.put(key.getKeyID(), verifierOf(key));
      }
      loaded =
          new Loaded(
              keysById,
              Map.copyOf(verifiers),
              new ActiveKey(active, signerOf(active)),
              clock.instant());
    } catch (JOSEException e) {
      throw new IllegalStateException("unusable signing key", e);
    }
  }

  private static JWSSigner signerOf(JWK key) throws JOSEException {
    return switch (key) {
      case ECKey ec -> new ECDSASigner(ec);
      case RSAKey rsa -> new RSASSASigner(rsa);
      case OctetSequenceKey oct -> new MACSigner(oct);
      default -> throw new JOSEException("unsupported key type " + key.getKeyType());
    };
  }

  private static JWSVerifier verifierOf(JWK key) throws JOSEException {
    return switch (key) {
      case ECKey ec -> {
        // Verification handles public data only; BouncyCastle's ECDSA verifies about twice as
        // fast as the JDK's constant-time implementation (TokenBenchmark).
        ECDSAVerifier verifier = new ECDSAVerifier(ec.toPublicJWK());
        verifier.getJCAContext().setProvider(BOUNCY_CASTLE);
        yield verifier;
      }
      case RSAKey rsa -> new RSASSAVerifier(rsa.toPublicJWK());
      case OctetSequenceKey oct -> new MACVerifier(oct);
      default -> throw new JOSEException("unsupported key type " + key.getKeyType());
    };
  }

  private StoredSigningKey generate(Instant createdAt) {
    String kid = TimeOrderedIds.randomHex128().substring(0, 16);
    try {
      JWK jwk =
          switch (settings.algorithm()) {
            case "ES256" ->
                new ECKeyGenerator(Curve.P_256)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
            case "RS256" ->
                new RSAKeyGenerator(2048)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            default -> throw new IllegalStateException("cannot generate " + settings.algorithm());
          };
      return new StoredSigningKey(kid, settings.algorithm(), jwk.toJSONString(), createdAt);
    } catch (JOSEException e) {
      throw new IllegalStateException("key generation failed", e);
    }
  }

  private static String fingerprint(byte[] secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
