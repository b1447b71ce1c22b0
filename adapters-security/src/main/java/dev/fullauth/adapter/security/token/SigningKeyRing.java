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
 * <p>Loading touches the database, so it happens lazily inside the caller's transaction. An unknown
 * {@code kid} triggers a reload at most every {@link #RELOAD_INTERVAL}, which picks up keys another
 * node created.
 */
public final class SigningKeyRing {
  static final Duration RELOAD_INTERVAL = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(SigningKeyRing.class.getName());
  private static final java.security.Provider BOUNCY_CASTLE =
      new org.bouncycastle.jce.provider.BouncyCastleProvider();

  private final JwtSettings settings;
  private final SigningKeyRepository repository;
  private final Clock clock;
  private volatile Map<String, JWK> keysById;
  private volatile Map<String, JWSVerifier> verifiersById;
  private volatile JWK active;
  private volatile JWSSigner activeSigner;
  private volatile Instant loadedAt = Instant.EPOCH;

  public SigningKeyRing(JwtSettings settings, SigningKeyRepository repository, Clock clock) {
    this.settings = settings;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * @return the key that signs new tokens
   */
  public JWK activeKey() {
    ensureLoaded();
    return active;
  }

  /**
   * The signer of the active key, built once per key: converting a JWK to a JCA key validates the
   * curve point, which costs more than the signature itself.
   *
   * @return the signer for new tokens
   */
  public JWSSigner activeSigner() {
    ensureLoaded();
    return activeSigner;
  }

  /**
   * @param kid the token's {@code kid}, may be null
   * @return the verifier of that key; for HMAC the secret's whatever the kid (anchor tokens have
   *     none)
   */
  public Optional<JWSVerifier> verifier(String kid) {
    ensureLoaded();
    if (settings.symmetric()) {
      return Optional.of(verifiersById.get(active.getKeyID()));
    }
    if (kid == null) {
      return Optional.empty();
    }
    JWSVerifier verifier = verifiersById.get(kid);
    if (verifier == null && clock.instant().isAfter(loadedAt.plus(RELOAD_INTERVAL))) {
      reload();
      verifier = verifiersById.get(kid);
    }
    return Optional.ofNullable(verifier);
  }

  /**
   * @return the public keys of the configured algorithm as a JWK Set document
   */
  public String publicJwkSet() {
    ensureLoaded();
    if (settings.symmetric()) {
      return new JWKSet().toString(true);
    }
    return new JWKSet(List.copyOf(keysById.values())).toPublicJWKSet().toString(true);
  }

  private void ensureLoaded() {
    if (active == null) {
      synchronized (this) {
        if (active == null) {
          reload();
        }
      }
    }
  }

  private synchronized void reload() {
    if (settings.symmetric()) {
      byte[] secret = settings.secretKey().getBytes(StandardCharsets.UTF_8);
      active =
          new OctetSequenceKey.Builder(secret)
              .keyID("hs-" + fingerprint(secret))
              .algorithm(JWSAlgorithm.parse(settings.algorithm()))
              .build();
      keysById = Map.of(active.getKeyID(), active);
      install();
      return;
    }
    List<StoredSigningKey> stored = repository.findAll();
    if (stored.stream().noneMatch(k -> k.algorithm().equals(settings.algorithm()))) {
      StoredSigningKey created = generate();
      repository.add(created);
      LOG.info("generated signing key " + created.kid() + " (" + created.algorithm() + ")");
      stored = repository.findAll();
    }
    Map<String, JWK> byId = new LinkedHashMap<>();
    JWK newest = null;
    Instant newestAt = Instant.MIN;
    for (StoredSigningKey key : stored) {
      if (!key.algorithm().equals(settings.algorithm())) {
        continue;
      }
      try {
        JWK jwk = JWK.parse(key.privateJwk());
        byId.put(key.kid(), jwk);
        if (key.createdAt().isAfter(newestAt)) {
          newest = jwk;
          newestAt = key.createdAt();
        }
      } catch (ParseException e) {
        LOG.severe("stored signing key " + key.kid() + " is unreadable; skipped");
      }
    }
    if (newest == null) {
      throw new IllegalStateException("no usable signing key for " + settings.algorithm());
    }
    keysById = Map.copyOf(byId);
    active = newest;
    install();
  }

  /** Builds the signer and verifiers of the loaded keys. */
  private void install() {
    try {
      Map<String, JWSVerifier> verifiers = new LinkedHashMap<>();
      for (JWK key : keysById.values()) {
        verifiers.put(key.getKeyID(), verifierOf(key));
      }
      verifiersById = Map.copyOf(verifiers);
      activeSigner = signerOf(active);
    } catch (JOSEException e) {
      throw new IllegalStateException("unusable signing key", e);
    }
    loadedAt = clock.instant();
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

  private StoredSigningKey generate() {
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
      return new StoredSigningKey(kid, settings.algorithm(), jwk.toJSONString(), clock.instant());
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
