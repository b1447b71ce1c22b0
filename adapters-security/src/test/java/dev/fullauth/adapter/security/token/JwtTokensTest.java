package dev.fullauth.adapter.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.fullauth.application.fake.InMemorySigningKeyRepository;
import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.SigningKeyRepository;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtTokensTest {
  static final String ISSUER = "https://auth.example.test";
  static final String SECRET = "an-hmac-secret-of-at-least-32-characters!";
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private final InMemorySigningKeyRepository repository = new InMemorySigningKeyRepository();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private JwtSettings es256(String audience) {
    return new JwtSettings("ES256", ISSUER, audience, Duration.ofSeconds(30), SECRET);
  }

  private JwtTokenIssuer issuer(JwtSettings settings, SigningKeyRing ring) {
    return new JwtTokenIssuer(settings, ring);
  }

  private static TokenClaims access(Instant iat) {
    return new TokenClaims(
        "0190f3a1-0000-7000-8000-000000000001",
        TokenType.ACCESS,
        "0123456789abcdef0123456789abcdef",
        iat,
        iat.plusSeconds(1800),
        List.of("admin"),
        Map.of("tier", "gold"),
        "fedcba9876543210fedcba9876543210",
        "ann@example.com");
  }

  @Test
  void issuedToken_carriesTheContractClaims_andVerifies() throws Exception {
    JwtSettings settings = es256(null);
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    String token = issuer(settings, ring).issue(access(NOW));

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getKeyID()).isNotBlank();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getStringListClaim("groups")).containsExactly("admin");
    assertThat(claims.getStringClaim("upn")).isEqualTo("ann@example.com");
    assertThat(claims.getStringClaim("type")).isEqualTo("access");
    assertThat(claims.getStringClaim("family_id")).isEqualTo("fedcba9876543210fedcba9876543210");
    assertThat(claims.toJSONObject().get("iat")).isEqualTo(NOW.getEpochSecond());

    TokenClaims back = new JwtTokenVerifier(settings, ring, clock).verify(token);
    assertThat(back.subject()).isEqualTo("0190f3a1-0000-7000-8000-000000000001");
    assertThat(back.roles()).containsExactly("admin");
    assertThat(back.extra()).containsEntry("tier", "gold");
    assertThat(back.sessionId()).isEqualTo("fedcba9876543210fedcba9876543210");
  }

  private static TokenClaims refresh(Instant iat) {
    return new TokenClaims(
        "0190f3a1-0000-7000-8000-000000000001",
        TokenType.REFRESH,
        "1123456789abcdef0123456789abcdef",
        iat,
        iat.plusSeconds(86_400),
        List.of(),
        Map.of(),
        "fedcba9876543210fedcba9876543210",
        null);
  }

  private static TokenClaims purpose(Instant iat) {
    return new TokenClaims(
        "0190f3a1-0000-7000-8000-000000000001",
        TokenType.ACCESS,
        "2123456789abcdef0123456789abcdef",
        iat,
        iat.plusSeconds(900),
        List.of(),
        Map.of("purpose", "password_reset"),
        null,
        null);
  }

  @Test
  void onlyAccessTokens_lookLikeBearerCredentials() throws Exception {
    JwtSettings settings = es256("orders-api");
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    JwtTokenIssuer issuer = issuer(settings, ring);
    JwtTokenVerifier verifier = new JwtTokenVerifier(settings, ring, clock);

    SignedJWT access = SignedJWT.parse(issuer.issue(access(NOW)));
    SignedJWT refresh = SignedJWT.parse(issuer.issue(refresh(NOW)));
    SignedJWT purpose = SignedJWT.parse(issuer.issue(purpose(NOW)));

    assertThat(access.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(access.getJWTClaimsSet().getAudience()).containsExactly("orders-api");
    assertThat(refresh.getHeader().getType().getType()).isEqualTo("fullauth-refresh+jwt");
    assertThat(refresh.getJWTClaimsSet().getAudience()).isEmpty();
    assertThat(purpose.getHeader().getType().getType()).isEqualTo("fullauth-purpose+jwt");
    assertThat(purpose.getJWTClaimsSet().getAudience()).isEmpty();
    // Each still verifies here, as the kind it is.
    assertThat(verifier.verify(refresh.serialize()).type()).isEqualTo(TokenType.REFRESH);
    assertThat(verifier.verify(purpose.serialize()).purpose()).contains("password_reset");
    assertThat(verifier.verify(access.serialize()).type()).isEqualTo(TokenType.ACCESS);
  }

  @Test
  void typHeader_mustMatchTheTokenKind() throws Exception {
    JwtSettings settings = es256(null);
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    JwtTokenVerifier verifier = new JwtTokenVerifier(settings, ring, clock);
    JWTClaimsSet accessClaims =
        SignedJWT.parse(issuer(settings, ring).issue(access(NOW))).getJWTClaimsSet();
    ECKey key = (ECKey) ring.activeKey();

    for (String typ : List.of("fullauth-refresh+jwt", "fullauth-purpose+jwt", "at+jwt")) {
      SignedJWT relabelled =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .keyID(key.getKeyID())
                  .type(new JOSEObjectType(typ))
                  .build(),
              accessClaims);
      relabelled.sign(new ECDSASigner(key));
      assertThatThrownBy(() -> verifier.verify(relabelled.serialize()))
          .as(typ)
          .isInstanceOf(InvalidTokenException.class);
    }
  }

  @Test
  void keys_arePersisted_soAnotherRingVerifiesOldTokens() {
    JwtSettings settings = es256(null);
    String token =
        issuer(settings, new SigningKeyRing(settings, repository, clock)).issue(access(NOW));
    SigningKeyRing afterRestart = new SigningKeyRing(settings, repository, clock);
    assertThat(new JwtTokenVerifier(settings, afterRestart, clock).verify(token).jti())
        .isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(repository.size()).isEqualTo(1);
  }

  @Test
  void jwks_publishesPublicPartsOnly() {
    JwtSettings settings = es256(null);
    String jwks = new SigningKeyRing(settings, repository, clock).publicJwkSet();
    assertThat(jwks).contains("\"kty\":\"EC\"").contains("\"kid\"").doesNotContain("\"d\"");
  }

  @Test
  void attackTokens_areRefused() throws Exception {
    JwtSettings settings = es256(null);
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    JwtTokenVerifier verifier = new JwtTokenVerifier(settings, ring, clock);
    String good = issuer(settings, ring).issue(access(NOW));
    SignedJWT parsed = SignedJWT.parse(good);
    JWTClaimsSet claims = parsed.getJWTClaimsSet();
    String kid = parsed.getHeader().getKeyID();

    // alg: none
    String none = new PlainJWT(claims).serialize();
    // HS256 signed with the EC public key as HMAC secret (algorithm confusion)
    byte[] publicKeyBytes =
        ((ECKey) ring.activeKey()).toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    SignedJWT confused =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
    confused.sign(new MACSigner(pad(publicKeyBytes)));
    // tampered payload
    String[] parts = good.split("\\.");
    String tampered =
        parts[0]
            + "."
            + Base64URL.encode(claims.toString().replace("admin", "root"))
            + "."
            + parts[2];
    // attacker key announced in the jwk header, with our kid
    ECKey attacker = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    SignedJWT embedded =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(kid)
                .jwk(attacker.toPublicJWK())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    embedded.sign(new ECDSASigner(attacker));
    // unknown kid
    SignedJWT foreign =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("nope").build(), claims);
    foreign.sign(new ECDSASigner(attacker));

    for (String attack :
        List.of(
            none,
            confused.serialize(),
            tampered,
            embedded.serialize(),
            foreign.serialize(),
            "",
            "a.b.c",
            "x")) {
      assertThatThrownBy(() -> verifier.verify(attack)).isInstanceOf(InvalidTokenException.class);
    }
  }

  @Test
  void timeClaims_honourTheLeeway() {
    JwtSettings settings = es256(null);
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    String token = issuer(settings, ring).issue(access(NOW));
    Instant expiry = NOW.plusSeconds(1800);
    assertThat(
            new JwtTokenVerifier(
                    settings, ring, Clock.fixed(expiry.plusSeconds(29), ZoneOffset.UTC))
                .verify(token))
        .isNotNull();
    assertThatThrownBy(
            () ->
                new JwtTokenVerifier(
                        settings, ring, Clock.fixed(expiry.plusSeconds(31), ZoneOffset.UTC))
                    .verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("expired");
    String future = issuer(settings, ring).issue(access(NOW.plusSeconds(31)));
    assertThatThrownBy(() -> new JwtTokenVerifier(settings, ring, clock).verify(future))
        .hasMessage("issued in the future");
  }

  @Test
  void issuerAndAudience_areChecked() throws Exception {
    JwtSettings settings = es256("my-api");
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    JwtTokenVerifier verifier = new JwtTokenVerifier(settings, ring, clock);
    assertThat(verifier.verify(issuer(settings, ring).issue(access(NOW)))).isNotNull();

    JWTClaimsSet base =
        SignedJWT.parse(issuer(settings, ring).issue(access(NOW))).getJWTClaimsSet();
    for (JWTClaimsSet bad :
        List.of(
            new JWTClaimsSet.Builder(base).issuer("https://evil.test").build(),
            new JWTClaimsSet.Builder(base).issuer(null).build(),
            new JWTClaimsSet.Builder(base).audience("other-api").build(),
            new JWTClaimsSet.Builder(base).audience((String) null).build())) {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ring.activeKey().getKeyID()).build(),
              bad);
      jwt.sign(new ECDSASigner((ECKey) ring.activeKey()));
      assertThatThrownBy(() -> verifier.verify(jwt.serialize()))
          .isInstanceOf(InvalidTokenException.class);
    }
  }

  @Test
  void hs256Mode_acceptsAnchorFormatTokens_withoutKidOrIssuer() throws Exception {
    JwtSettings settings = new JwtSettings("HS256", ISSUER, null, Duration.ofSeconds(30), SECRET);
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    JWTClaimsSet anchor =
        new JWTClaimsSet.Builder()
            .subject("0190f3a1-0000-7000-8000-000000000001")
            .issueTime(Date.from(NOW))
            .expirationTime(Date.from(NOW.plusSeconds(900)))
            .jwtID("0123456789abcdef0123456789abcdef")
            .claim("type", "access")
            .claim("roles", List.of())
            .claim("extra", Map.of("purpose", "password_reset"))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), anchor);
    jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
    TokenClaims claims = new JwtTokenVerifier(settings, ring, clock).verify(jwt.serialize());
    assertThat(claims.purpose()).contains("password_reset");
    assertThat(repository.size()).isZero();

    SignedJWT wrongSecret = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), anchor);
    wrongSecret.sign(
        new MACSigner(
            "another-secret-of-at-least-32-characters!".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(
            () -> new JwtTokenVerifier(settings, ring, clock).verify(wrongSecret.serialize()))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void hmacModes_needALongSecret() {
    assertThatThrownBy(() -> new JwtSettings("HS256", ISSUER, null, Duration.ZERO, "short"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JwtSettings("none", ISSUER, null, Duration.ZERO, SECRET))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] pad(byte[] key) {
    return key.length >= 32 ? key : java.util.Arrays.copyOf(key, 32);
  }

  @Test
  void aKeyRotatedOnAnotherNode_verifiesAtOnce_andInventedKidsCostOneReadPerSecond() {
    JwtSettings settings = es256(null);
    int[] reads = {0};
    SigningKeyRepository counting =
        new SigningKeyRepository() {
          @Override
          public List<dev.fullauth.application.port.out.StoredSigningKey> findAll() {
            reads[0]++;
            return repository.findAll();
          }

          @Override
          public void add(dev.fullauth.application.port.out.StoredSigningKey key) {
            repository.add(key);
          }
        };
    SigningKeyRing nodeA = new SigningKeyRing(settings, repository, clock);
    SigningKeyRing nodeB = new SigningKeyRing(settings, counting, clock);
    JwtTokenVerifier verifierB = new JwtTokenVerifier(settings, nodeB, clock);
    verifierB.verify(issuer(settings, nodeA).issue(access(NOW)));

    issuer(settings, nodeA).rotateSigningKey();
    String signedWithTheNewKey = issuer(settings, nodeA).issue(access(NOW));

    assertThat(verifierB.verify(signedWithTheNewKey).jti()).isNotBlank();
    int before = reads[0];
    for (int i = 0; i < 100; i++) {
      assertThat(nodeB.verifier("invented-" + i)).isEmpty();
    }
    assertThat(reads[0] - before).as("one reload within the second").isLessThanOrEqualTo(1);
  }

  @Test
  void rotation_signsWithTheNewKey_andOldTokensVerifyUntilTheRetentionEnds() throws Exception {
    JwtSettings settings = es256(null);
    java.util.concurrent.atomic.AtomicReference<Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(NOW);
    Clock moving =
        new Clock() {
          @Override
          public Instant instant() {
            return now.get();
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    SigningKeyRing ring =
        new SigningKeyRing(settings, repository, moving, Duration.ofDays(90), Duration.ofDays(2));
    JwtTokenIssuer issuer = issuer(settings, ring);
    String before = issuer.issue(access(NOW));
    String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

    String newKid = issuer.rotateSigningKey();
    assertThat(newKid).isNotEqualTo(oldKid);
    String after = issuer.issue(access(NOW));
    assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
    assertThat(ring.publicJwkSet()).contains(oldKid).contains(newKid);
    assertThat(new JwtTokenVerifier(settings, ring, moving).verify(before)).isNotNull();

    // After the retention the retired key is gone from the ring and from the JWKS.
    now.set(NOW.plus(Duration.ofDays(3)));
    SigningKeyRing later =
        new SigningKeyRing(settings, repository, moving, Duration.ofDays(90), Duration.ofDays(2));
    assertThat(later.publicJwkSet()).doesNotContain(oldKid).contains(newKid);

    // A key older than the rotation period is replaced on load.
    now.set(NOW.plus(Duration.ofDays(91)));
    SigningKeyRing rotated =
        new SigningKeyRing(settings, repository, moving, Duration.ofDays(90), Duration.ofDays(2));
    assertThat(rotated.activeKey().getKeyID()).isNotEqualTo(newKid);
  }
}
