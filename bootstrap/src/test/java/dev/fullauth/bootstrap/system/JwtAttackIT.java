package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

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
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hostile tokens against the running server (CONTRACT.md items 2, 11, 12; anchor §3.4). */
@ExtendWith(ArquillianExtension.class)
class JwtAttackIT {
  private final Http http = Http.forSystemTests();
  private JsonObject login;
  private String access;
  private TokenForge forge;

  @BeforeEach
  void logIn() throws Exception {
    login = Accounts.registerAndLogIn(http, Accounts.newEmail());
    access = login.getString("access_token");
    forge = TokenForge.fromServerDatabase();
  }

  private int me(String token) {
    return http.get(AUTH + "/me", token).status();
  }

  @Test
  void genuineToken_resignedUnchanged_isAccepted_soTheRefusalsBelowAreAboutTheChange()
      throws Exception {
    assertThat(me(forge.resign(access, b -> b))).isEqualTo(200);
  }

  @Test
  void algNone_isRefused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
    assertThat(me(new PlainJWT(claims).serialize())).isEqualTo(401);
    String[] parts = access.split("\\.");
    String noneHeader = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
    assertThat(me(noneHeader + "." + parts[1] + ".")).isEqualTo(401);
  }

  @Test
  void hs256SignedWithThePublicKey_isRefused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
    byte[] publicJwk = forge.key().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    SignedJWT confused =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(forge.key().getKeyID()).build(),
            claims);
    confused.sign(new MACSigner(publicJwk));
    assertThat(me(confused.serialize())).isEqualTo(401);
  }

  @Test
  void tamperedPayload_isRefused() throws Exception {
    String[] parts = access.split("\\.");
    JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
    JWTClaimsSet elevated =
        new JWTClaimsSet.Builder(claims).claim("roles", java.util.List.of("admin")).build();
    assertThat(me(parts[0] + "." + Base64URL.encode(elevated.toString()) + "." + parts[2]))
        .isEqualTo(401);
  }

  @Test
  void attackerKeys_announcedInHeaders_areIgnored() throws Exception {
    ECKey attacker = new ECKeyGenerator(Curve.P_256).keyID(forge.key().getKeyID()).generate();
    JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
    SignedJWT withJwk =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(attacker.getKeyID())
                .jwk(attacker.toPublicJWK())
                .jwkURL(URI.create("http://127.0.0.1:9/jwks.json"))
                .build(),
            claims);
    withJwk.sign(new ECDSASigner(attacker));
    assertThat(me(withJwk.serialize())).isEqualTo(401);
  }

  @Test
  void timeClaims_areEnforced_withTheLeeway() throws Exception {
    long now = System.currentTimeMillis();
    assertThat(me(forge.resign(access, b -> b.expirationTime(new Date(now - 60_000)))))
        .isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.expirationTime(new Date(now - 5_000)))))
        .isEqualTo(200);
    assertThat(me(forge.resign(access, b -> b.issueTime(new Date(now + 120_000))))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.expirationTime(null)))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.notBeforeTime(new Date(now + 120_000)))))
        .isEqualTo(401);
  }

  @Test
  void wrongTypePurposeOrIssuer_isRefused() throws Exception {
    assertThat(me(forge.resign(access, b -> b.claim("type", "refresh")))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.claim("type", "weird")))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.claim("extra", Map.of("purpose", "password_reset")))))
        .isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.issuer("http://evil.test")))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.issuer(null)))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.subject("not-a-uuid")))).isEqualTo(401);
    assertThat(me(forge.resign(access, b -> b.subject(java.util.UUID.randomUUID().toString()))))
        .isEqualTo(401);
  }

  @Test
  void loggedOutToken_staysRefused_evenIfResignedWithANewSession() throws Exception {
    assertThat(http.post(AUTH + "/logout", null, access).status()).isEqualTo(204);
    assertThat(me(access)).isEqualTo(401);
    // Same jti, new session id: the jti itself is revoked.
    String sameJti =
        forge.resign(access, b -> b.claim("family_id", "0123456789abcdef0123456789abcdef"));
    assertThat(me(sameJti)).isEqualTo(401);
  }

  @Test
  void refreshEndpoint_refusesAccessTokens() {
    assertThat(http.post(AUTH + "/refresh", Accounts.refreshBody(access)).status()).isEqualTo(401);
    // ...and the refusal burnt nothing: the real refresh token still works.
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(login.getString("refresh_token")))
                .status())
        .isEqualTo(200);
  }
}
