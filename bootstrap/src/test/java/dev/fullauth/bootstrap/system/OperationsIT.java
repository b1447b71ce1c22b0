package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, OpenAPI and the published keys. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {
  private final Http http = Http.forSystemTests();

  @Test
  void health_isUp_andReadinessChecksTheDatabase() {
    Http.Reply live = http.get("/health/live", null);
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().getString("status")).isEqualTo("UP");
    Http.Reply ready = http.get("/health/ready", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"");
  }

  @Test
  void openApi_listsEveryEndpoint() {
    Http.Reply doc = http.send("GET", "/openapi", null, null, "Accept", "application/json");
    assertThat(doc.status()).isEqualTo(200);
    for (String path :
        new String[] {
          "/register",
          "/login",
          "/refresh",
          "/logout",
          "/me",
          "/me/verified",
          "/change-password",
          "/.well-known/jwks.json"
        }) {
      assertThat(doc.body()).contains("\"" + AUTH + path + "\"");
    }
  }

  @Test
  void jwks_publishesThePublicKeyThatVerifiesIssuedTokens() throws Exception {
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    Http.Reply jwks = http.get(AUTH + "/.well-known/jwks.json", null);
    assertThat(jwks.status()).isEqualTo(200);
    assertThat(jwks.body()).doesNotContain("\"d\"");
    JWKSet set = JWKSet.parse(jwks.body());
    SignedJWT token = SignedJWT.parse(access);
    var key = set.getKeyByKeyId(token.getHeader().getKeyID());
    assertThat(key).isNotNull();
    assertThat(token.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key.toECKey()))).isTrue();
    assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("http://fullauth.test");
  }

  @Test
  void securityHeaders_areOnEveryAnswer_andHstsOnlyOverHttps() {
    for (Http.Reply reply :
        new Http.Reply[] {
          http.get(AUTH + "/.well-known/jwks.json", null),
          http.get(AUTH + "/me", null),
          http.get("/nope", null)
        }) {
      assertThat(reply.headers().allValues("X-Frame-Options")).containsExactly("DENY");
      assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(reply.header("X-XSS-Protection")).contains("0");
      assertThat(reply.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
      assertThat(reply.header("Permissions-Policy"))
          .contains("geolocation=(), camera=(), microphone=()");
      assertThat(reply.header("Strict-Transport-Security")).isEmpty();
    }
    Http.Reply proxied =
        http.send(
            "GET", AUTH + "/.well-known/jwks.json", null, null, "X-Forwarded-Proto", "https, http");
    assertThat(proxied.header("Strict-Transport-Security"))
        .contains("max-age=31536000; includeSubDomains");
  }

  @Test
  void cors_allowsOnlyTheConfiguredOrigins_withCredentials() {
    Http.Reply preflight =
        http.send(
            "OPTIONS",
            AUTH + "/login",
            null,
            null,
            "Origin",
            "http://frontend.test",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).contains("http://frontend.test");
    assertThat(preflight.header("Access-Control-Allow-Credentials")).contains("true");
    assertThat(preflight.header("Access-Control-Allow-Methods"))
        .hasValueSatisfying(m -> assertThat(m).contains("POST"));
    assertThat(preflight.header("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h).contains("Content-Type"));

    Http.Reply foreign =
        http.send(
            "OPTIONS",
            AUTH + "/login",
            null,
            null,
            "Origin",
            "http://evil.test",
            "Access-Control-Request-Method",
            "POST");
    assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();

    Http.Reply simple =
        http.send(
            "GET", AUTH + "/.well-known/jwks.json", null, null, "Origin", "http://frontend.test");
    assertThat(simple.header("Access-Control-Allow-Origin")).contains("http://frontend.test");
    assertThat(simple.header("Access-Control-Expose-Headers"))
        .hasValueSatisfying(h -> assertThat(h).contains("Retry-After"));
    assertThat(
            http.send(
                    "GET",
                    AUTH + "/.well-known/jwks.json",
                    null,
                    null,
                    "Origin",
                    "http://evil.test")
                .header("Access-Control-Allow-Origin"))
        .isEmpty();
  }
}
