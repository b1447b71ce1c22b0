package dev.fullauth.adapter.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderClient.AuthorizationRequest;
import dev.fullauth.application.port.out.OAuthProviderClient.CodeExchange;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.port.out.OAuthProviderUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The provider clients against a real OpenID provider (mock-oauth2-server) and a GitHub stub. */
class NimbusOAuthProviderClientTest {
  private static final String REDIRECT = "http://app.test/callback";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static MockOAuth2Server oidc;
  private static GitHubStub github;
  private static NimbusOAuthProviderClient client;

  @BeforeAll
  static void start() throws IOException {
    oidc = new MockOAuth2Server();
    oidc.start(InetAddress.getByName("127.0.0.1"), freePort());
    github = new GitHubStub(0);
    client =
        new NimbusOAuthProviderClient(
            List.of(
                oidc("corp", "http://127.0.0.1:" + oidc.baseUrl().port() + "/default"),
                oidc("down", "http://127.0.0.1:" + freePort() + "/default"),
                new OAuthProviderSettings(
                    "github",
                    OAuthProviderSettings.Type.GITHUB,
                    "gh-client",
                    "gh-secret",
                    List.of("read:user", "user:email"),
                    null,
                    URI.create(github.baseUrl() + "/login/oauth/authorize"),
                    URI.create(github.baseUrl() + "/login/oauth/access_token"),
                    URI.create(github.baseUrl() + "/api"),
                    Map.of(),
                    Duration.ofSeconds(3))));
  }

  @AfterAll
  static void stop() {
    oidc.shutdown();
    github.close();
  }

  private static OAuthProviderSettings oidc(String name, String issuer) {
    return new OAuthProviderSettings(
        name,
        OAuthProviderSettings.Type.OIDC,
        "fullauth-client",
        "client-secret",
        List.of("openid", "email", "profile"),
        URI.create(issuer),
        null,
        null,
        null,
        Map.of("prompt", "login"),
        Duration.ofSeconds(3));
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  /** Logs in at the mock provider as a browser would and returns the redirect's parameters. */
  private static Map<String, String> logInAtProvider(URI authorization, String user, String claims)
      throws Exception {
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&claims="
            + URLEncoder.encode(claims, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    return query(URI.create(response.headers().firstValue("Location").orElseThrow()));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void oidc_authorizationUrl_carriesPkceS256StateNonceAndExtras() {
    URI url =
        client.authorizationUri(
            "corp", new AuthorizationRequest(REDIRECT, "st", "nn", "v".repeat(43)));
    Map<String, String> q = query(url);

    assertThat(q)
        .containsEntry("client_id", "fullauth-client")
        .containsEntry("redirect_uri", REDIRECT)
        .containsEntry("response_type", "code")
        .containsEntry("state", "st")
        .containsEntry("nonce", "nn")
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("prompt", "login")
        .containsKey("code_challenge");
    assertThat(q.get("code_challenge")).isNotEqualTo("v".repeat(43));
  }

  @Test
  void oidc_codeExchange_validatesTheIdToken_andReturnsTheIdentity() throws Exception {
    String verifier = "a".repeat(43);
    URI url =
        client.authorizationUri("corp", new AuthorizationRequest(REDIRECT, "s1", "n1", verifier));
    Map<String, String> back =
        logInAtProvider(
            url,
            "user-1",
            "{\"email\":\"ann@corp.test\",\"email_verified\":true,\"name\":\"Ann\"}");
    assertThat(back).containsEntry("state", "s1");

    ProviderLogin login =
        client.exchange("corp", new CodeExchange(back.get("code"), REDIRECT, verifier, "n1"));

    assertThat(login.identity().providerUserId()).isEqualTo("user-1");
    assertThat(login.identity().email()).isEqualTo("ann@corp.test");
    assertThat(login.identity().emailVerified()).isTrue();
    assertThat(login.identity().name()).isEqualTo("Ann");
    assertThat(login.accessToken()).isNotBlank();
    assertThat(login.toString()).doesNotContain(login.accessToken());
  }

  @Test
  void oidc_wrongPkceVerifier_isRejectedByTheProvider() throws Exception {
    URI url =
        client.authorizationUri(
            "corp", new AuthorizationRequest(REDIRECT, "s2", "n2", "b".repeat(43)));
    Map<String, String> back = logInAtProvider(url, "user-2", "{}");

    assertThatThrownBy(
            () ->
                client.exchange(
                    "corp", new CodeExchange(back.get("code"), REDIRECT, "c".repeat(43), "n2")))
        .isInstanceOf(OAuthExchangeRejectedException.class)
        .hasMessageContaining("invalid_grant");
  }

  @Test
  void oidc_idTokenWithAnotherNonce_isRejected() throws Exception {
    String verifier = "d".repeat(43);
    URI url =
        client.authorizationUri("corp", new AuthorizationRequest(REDIRECT, "s3", "n3", verifier));
    Map<String, String> back = logInAtProvider(url, "user-3", "{\"email\":\"x@corp.test\"}");

    assertThatThrownBy(
            () ->
                client.exchange(
                    "corp", new CodeExchange(back.get("code"), REDIRECT, verifier, "other")))
        .isInstanceOf(OAuthExchangeRejectedException.class)
        .hasMessageContaining("nonce");
  }

  @Test
  void oidc_blankCode_isARefusal_notAServerError() {
    assertThatThrownBy(
            () -> client.exchange("corp", new CodeExchange("", REDIRECT, "v".repeat(43), "n")))
        .isInstanceOf(OAuthExchangeRejectedException.class);
  }

  @Test
  void oidc_unreachableProvider_isUnavailable() {
    assertThatThrownBy(
            () ->
                client.authorizationUri(
                    "down", new AuthorizationRequest(REDIRECT, "s", "n", "e".repeat(43))))
        .isInstanceOf(OAuthProviderUnavailableException.class);
  }

  private ProviderLogin gitHubLogin(GitHubStub.Account account, String verifier) throws Exception {
    github.nextUser = account;
    URI url =
        client.authorizationUri("github", new AuthorizationRequest(REDIRECT, "gs", "gn", verifier));
    assertThat(query(url))
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("scope", "read:user user:email");
    HttpResponse<String> redirect =
        HTTP.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    Map<String, String> back =
        query(URI.create(redirect.headers().firstValue("Location").orElseThrow()));
    assertThat(back).containsEntry("state", "gs");
    return client.exchange("github", new CodeExchange(back.get("code"), REDIRECT, verifier, "gn"));
  }

  @Test
  void github_primaryVerifiedAddress_isTheVerifiedEmail() throws Exception {
    ProviderLogin login =
        gitHubLogin(
            new GitHubStub.Account(
                42,
                "octo",
                "public@octo.test",
                "[{\"email\":\"other@octo.test\",\"primary\":false,\"verified\":true},"
                    + "{\"email\":\"primary@octo.test\",\"primary\":true,\"verified\":true}]"),
            "f".repeat(43));

    assertThat(login.identity().providerUserId()).isEqualTo("42");
    assertThat(login.identity().email()).isEqualTo("primary@octo.test");
    assertThat(login.identity().emailVerified()).isTrue();
    assertThat(login.identity().picture()).isEqualTo("https://avatars.test/42");
  }

  @Test
  void github_unverifiedPrimary_fallsBackToThePublicAddress_unverified() throws Exception {
    ProviderLogin login =
        gitHubLogin(
            new GitHubStub.Account(
                43,
                "octo2",
                "public@octo.test",
                "[{\"email\":\"p@octo.test\",\"primary\":true,\"verified\":false}]"),
            "g".repeat(43));

    assertThat(login.identity().email()).isEqualTo("public@octo.test");
    assertThat(login.identity().emailVerified()).isFalse();
  }

  @Test
  void github_badCodeOrVerifier_isRejected_andOutage_isUnavailable() {
    assertThatThrownBy(
            () ->
                client.exchange(
                    "github", new CodeExchange("forged", REDIRECT, "h".repeat(43), "n")))
        .isInstanceOf(OAuthExchangeRejectedException.class);
    github.failWith = 503;
    try {
      assertThatThrownBy(
              () -> client.exchange("github", new CodeExchange("x", REDIRECT, "h".repeat(43), "n")))
          .isInstanceOf(OAuthProviderUnavailableException.class);
      github.failWith = 200;
      assertThatThrownBy(
              () -> client.exchange("github", new CodeExchange("x", REDIRECT, "h".repeat(43), "n")))
          .isInstanceOf(OAuthProviderUnavailableException.class);
    } finally {
      github.failWith = 0;
    }
  }
}
