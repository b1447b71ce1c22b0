package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.adapter.security.oauth.GitHubStub;
import dev.fullauth.bootstrap.system.OAuthBrowser.Started;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three-step redirect flow over HTTP against a real OpenID provider (mock-oauth2-server) and a
 * GitHub-shaped stub (anchor §2.5, §6; CONTRACT.md item 4).
 */
@ExtendWith(ArquillianExtension.class)
class OAuthFlowIT {
  private static final String CALLBACK = OAuthBrowser.CALLBACK;
  private static final String GH_CALLBACK = "http://frontend.test/oauth/github";
  private final Http http = Http.forSystemTests();

  @BeforeAll
  static void providers() {
    OAuthPeers.oidc();
    OAuthPeers.github();
  }

  private Started authorize(String provider, String redirect) {
    return OAuthBrowser.authorize(http, provider, redirect);
  }

  private static Map<String, String> logInAtCorp(Started started, String sub, String claims)
      throws Exception {
    return OAuthBrowser.logInAtCorp(started, sub, claims);
  }

  private Map<String, String> logInAtGitHub(Started started, GitHubStub.Account account)
      throws Exception {
    OAuthPeers.github().nextUser = account;
    return OAuthBrowser.follow(started, GH_CALLBACK);
  }

  private Http.Reply callback(String provider, String code, String state, String binding) {
    return OAuthBrowser.callback(http, provider, code, state, binding);
  }

  private Http.Reply corpLogin(String sub, String claims) throws Exception {
    Started started = authorize("corp", CALLBACK);
    Map<String, String> back = logInAtCorp(started, sub, claims);
    assertThat(back.get("state")).isEqualTo(started.state());
    return callback("corp", back.get("code"), back.get("state"), started.binding());
  }

  private static String claims(String email, boolean verified) {
    return OAuthBrowser.claims(email, verified);
  }

  private static Map<String, String> query(URI uri) {
    return OAuthBrowser.query(uri);
  }

  private static String newSub() {
    return "sub-" + UUID.randomUUID();
  }

  @Test
  void providers_areListedInConfigurationOrder() {
    Http.Reply reply = http.get(AUTH + "/oauth/providers", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo("{\"providers\":[\"corp\",\"github\",\"down\",\"intranet\"]}");
  }

  @Test
  void authorize_refusesUnknownProvider_missingOrForeignRedirect() {
    Http.Reply unknown = http.get(AUTH + "/oauth/nope/authorize?redirect_uri=" + CALLBACK, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.detail()).isEqualTo("OAuth provider 'nope' not configured");

    Http.Reply missing = http.get(AUTH + "/oauth/corp/authorize", null);
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body()).contains("redirect_uri", "missing");

    for (String foreign :
        new String[] {CALLBACK + "/", CALLBACK + "?x=1", "http://evil.test/oauth/callback"}) {
      Http.Reply reply =
          http.get(
              AUTH
                  + "/oauth/corp/authorize?redirect_uri="
                  + URLEncoder.encode(foreign, StandardCharsets.UTF_8),
              null);
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.detail()).isEqualTo("Invalid redirect URI");
      assertThat(reply.header("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void authorizationUrl_usesPkceS256_stateAndNonce() {
    Started started = authorize("corp", CALLBACK);
    Map<String, String> q = query(started.url());

    assertThat(started.url().toString()).startsWith("http://127.0.0.1:");
    assertThat(q)
        .containsEntry("client_id", "fullauth-it")
        .containsEntry("redirect_uri", CALLBACK)
        .containsEntry("response_type", "code")
        .containsEntry("code_challenge_method", "S256")
        .containsKeys("state", "nonce", "code_challenge");
    assertThat(q.get("scope")).contains("openid", "email");
    assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(43);
    Http.Reply raw = http.get(AUTH + "/oauth/corp/authorize?redirect_uri=" + CALLBACK, null);
    assertThat(raw.header("Set-Cookie").orElseThrow())
        .startsWith("fullauth_oauth=")
        .contains("HttpOnly", "SameSite=Lax", "Path=/api/v1/auth/oauth", "Max-Age=6");
    assertThat(raw.header("Cache-Control")).contains("no-store");
  }

  @Test
  void newUser_isCreatedVerified_withoutPassword_andTheProviderTokensAreSealed() throws Exception {
    String email = Accounts.newEmail();
    String sub = newSub();

    Http.Reply reply = corpLogin(sub, claims(email, true));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject login = reply.json();
    assertThat(login.getString("token_type")).isEqualTo("bearer");
    assertThat(login.getString("refresh_token")).isNotBlank();
    assertThat(login.getJsonObject("user").getString("email")).isEqualTo(email);
    assertThat(login.getJsonObject("user").getBoolean("is_verified")).isTrue();
    assertThat(reply.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("fullauth_oauth=;").contains("Max-Age=0"));
    String access = login.getString("access_token");
    assertThat(http.get(AUTH + "/me", access).json().getString("email")).isEqualTo(email);
    // The application's observers saw the OAuth events (ThrowingObserver's failure on
    // UserRegistered changed nothing).
    String id = login.getJsonObject("user").getString("id");
    assertThat(http.get("/_test/events", null).body())
        .contains("OAuthLogin OAuthLogin[user=User[id=" + id)
        .contains("provider=corp, newUser=true]")
        .contains("UserRegistered UserRegistered[user=User[id=" + id)
        .contains("OAuthRegistered OAuthRegistered[user=User[id=" + id);
    Http.Reply accounts = http.get(AUTH + "/oauth/accounts", access);
    assertThat(accounts.body())
        .isEqualTo(
            "[{\"provider\":\"corp\",\"provider_user_id\":\""
                + sub
                + "\",\"provider_email\":\""
                + email
                + "\"}]");
    // No password: a password login is impossible.
    assertThat(
            http.post(AUTH + "/login", "{\"email\":\"" + email + "\",\"password\":\"x\"}").status())
        .isEqualTo(401);
    try (Connection c = SystemTestDeployment.Db.connect(true);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT access_token, refresh_token FROM fullauth_oauth_accounts"
                    + " WHERE provider_user_id = ?")) {
      s.setString(1, sub);
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        // mock-oauth2-server's tokens are JWTs ("eyJ…" headers); only sealed values may be
        // stored. Random ciphertext holds "eyJ" now and then, a JWT header's first bytes never.
        for (int column = 1; column <= 2; column++) {
          assertThat(rows.getString(column))
              .startsWith("v1.")
              .doesNotContain("eyJraWQi", "eyJhbGci", "eyJ0eXAi");
        }
      }
    }
  }

  @Test
  void returningUser_logsIntoTheSameAccount() throws Exception {
    String email = Accounts.newEmail();
    String sub = newSub();
    String first = corpLogin(sub, claims(email, true)).json().getJsonObject("user").getString("id");

    Http.Reply second = corpLogin(sub, claims(email, true));

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().getJsonObject("user").getString("id")).isEqualTo(first);
  }

  /** Marks the account's address verified, as the verification link would. */
  private static void verifyAddress(String email) throws Exception {
    try (Connection c = SystemTestDeployment.Db.connect(true);
        PreparedStatement s =
            c.prepareStatement("UPDATE fullauth_users SET is_verified = TRUE WHERE email = ?")) {
      s.setString(1, email);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static int rows(String sql, String value) throws Exception {
    try (Connection c = SystemTestDeployment.Db.connect(true);
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  @Test
  void verifiedAddressOfAVerifiedPasswordAccount_isLinkedToIt() throws Exception {
    String email = Accounts.newEmail();
    JsonObject local = Accounts.registerAndLogIn(http, email);
    verifyAddress(email);

    Http.Reply reply = corpLogin(newSub(), claims(email, true));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getJsonObject("user").getString("id"))
        .isEqualTo(local.getJsonObject("user").getString("id"));
  }

  /**
   * Pre-account takeover: the attacker registered the victim's address with a password and never
   * verified it; the victim's verified provider login must not land in (or unlock) that account.
   */
  @Test
  void verifiedAddressOfAnUnverifiedPasswordAccount_isRefused_nothingLinked_passwordKept()
      throws Exception {
    String email = Accounts.newEmail();
    JsonObject local = Accounts.registerAndLogIn(http, email);

    Http.Reply reply = corpLogin(newSub(), claims(email, true));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("OAuth authentication failed");
    assertThat(http.get(AUTH + "/oauth/accounts", local.getString("access_token")).body())
        .isEqualTo("[]");
    assertThat(Accounts.logIn(http, email, Accounts.PASSWORD).getJsonObject("user").getString("id"))
        .isEqualTo(local.getJsonObject("user").getString("id"));
  }

  @Test
  void unverifiedAddressOfAPasswordAccount_isRefused() throws Exception {
    String email = Accounts.newEmail();
    JsonObject local = Accounts.registerAndLogIn(http, email);
    verifyAddress(email);

    Http.Reply reply = corpLogin(newSub(), claims(email, false));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("OAuth authentication failed");
    assertThat(http.get(AUTH + "/oauth/accounts", local.getString("access_token")).body())
        .isEqualTo("[]");
  }

  /** An unverified provider address could later be claimed by whoever owns the mailbox. */
  @Test
  void unverifiedAddressOfANewUser_createsNothing() throws Exception {
    String email = Accounts.newEmail();
    String sub = newSub();

    Http.Reply reply = corpLogin(sub, claims(email, false));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("OAuth authentication failed");
    assertThat(rows("SELECT COUNT(*) FROM fullauth_users WHERE email = ?", email)).isZero();
    assertThat(rows("SELECT COUNT(*) FROM fullauth_oauth_accounts WHERE provider_user_id = ?", sub))
        .isZero();
  }

  /** FULLAUTH_OAUTH_INTRANET_TRUST_EMAIL=true: an IdP that omits email_verified is believed. */
  @Test
  void trustedProvider_withoutEmailVerifiedClaim_createsAVerifiedUser() throws Exception {
    String email = Accounts.newEmail();
    Started started = authorize("intranet", CALLBACK);
    Map<String, String> back =
        logInAtCorp(started, newSub(), "{\"email\":\"" + email + "\",\"name\":\"Ann\"}");

    Http.Reply reply = callback("intranet", back.get("code"), back.get("state"), started.binding());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().getJsonObject("user").getBoolean("is_verified")).isTrue();
    Started untrusted = authorize("corp", CALLBACK);
    Map<String, String> corpBack =
        logInAtCorp(
            untrusted, newSub(), "{\"email\":\"" + Accounts.newEmail() + "\",\"name\":\"A\"}");
    assertThat(
            callback("corp", corpBack.get("code"), corpBack.get("state"), untrusted.binding())
                .status())
        .as("the same claims from an untrusted provider")
        .isEqualTo(400);
  }

  @Test
  void state_isSingleUse_providerBound_browserBound_andExpires() throws Exception {
    String claims = claims(Accounts.newEmail(), true);
    // Replay: the same code and state a second time.
    Started a = authorize("corp", CALLBACK);
    Map<String, String> backA = logInAtCorp(a, newSub(), claims);
    assertThat(callback("corp", backA.get("code"), backA.get("state"), a.binding()).status())
        .isEqualTo(200);
    Http.Reply replay = callback("corp", backA.get("code"), backA.get("state"), a.binding());
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.detail()).isEqualTo("OAuth authentication failed");

    // A state minted for GitHub is refused by the corp callback (and burnt).
    Started gh = authorize("github", GH_CALLBACK);
    assertThat(callback("corp", "any-code", gh.state(), gh.binding()).status()).isEqualTo(400);

    // Without the binding cookie, or with another browser's.
    Started b = authorize("corp", CALLBACK);
    Map<String, String> backB = logInAtCorp(b, newSub(), claims(Accounts.newEmail(), true));
    assertThat(callback("corp", backB.get("code"), backB.get("state"), null).status())
        .isEqualTo(400);
    Started c = authorize("corp", CALLBACK);
    Map<String, String> backC = logInAtCorp(c, newSub(), claims(Accounts.newEmail(), true));
    assertThat(callback("corp", backC.get("code"), backC.get("state"), a.binding()).status())
        .isEqualTo(400);

    // A state nobody minted.
    assertThat(callback("corp", "any-code", "forged-state", a.binding()).status()).isEqualTo(400);

    // Expired (FULLAUTH_OAUTH_STATE_EXPIRE_SECONDS=6 here).
    Started d = authorize("corp", CALLBACK);
    Map<String, String> backD = logInAtCorp(d, newSub(), claims(Accounts.newEmail(), true));
    Thread.sleep(6_500);
    assertThat(callback("corp", backD.get("code"), backD.get("state"), d.binding()).status())
        .isEqualTo(400);
  }

  @Test
  void stolenCode_withTheAttackersOwnState_failsPkceAtTheProvider() throws Exception {
    Started victim = authorize("corp", CALLBACK);
    Map<String, String> stolen = logInAtCorp(victim, newSub(), claims(Accounts.newEmail(), true));
    Started attacker = authorize("corp", CALLBACK);

    Http.Reply reply = callback("corp", stolen.get("code"), attacker.state(), attacker.binding());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("OAuth authentication failed");
  }

  @Test
  void providerDown_is502() {
    Http.Reply reply = http.get(AUTH + "/oauth/down/authorize?redirect_uri=" + CALLBACK, null);

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.detail()).isEqualTo("OAuth provider unavailable");
  }

  @Test
  void unknownProviderCallback_is404_andBadBodies_are422() {
    Http.Reply unknown = callback("nope", "c", "s", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.detail()).isEqualTo("OAuth provider 'nope' not configured");
    assertThat(http.post(AUTH + "/oauth/corp/callback", "{\"code\":\"c\"}").status())
        .isEqualTo(422);
    assertThat(http.post(AUTH + "/oauth/corp/callback", "not json").status()).isEqualTo(422);
  }

  @Test
  void github_primaryVerifiedEmail_createsAVerifiedUser_thenUnlinkGuards() throws Exception {
    String email = Accounts.newEmail();
    long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    Started started = authorize("github", GH_CALLBACK);
    Map<String, String> back =
        logInAtGitHub(
            started,
            new GitHubStub.Account(
                id,
                "octo",
                null,
                "[{\"email\":\"" + email + "\",\"primary\":true,\"verified\":true}]"));

    Http.Reply reply = callback("github", back.get("code"), back.get("state"), started.binding());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().getJsonObject("user").getBoolean("is_verified")).isTrue();
    String access = reply.json().getString("access_token");
    assertThat(http.get(AUTH + "/oauth/accounts", access).body())
        .contains("\"provider\":\"github\"", "\"provider_user_id\":\"" + id + "\"");

    // The only login method cannot be removed; a link that does not exist is 404 once another
    // method exists.
    Http.Reply guard = http.send("DELETE", AUTH + "/oauth/accounts/github", null, access);
    assertThat(guard.status()).isEqualTo(400);
    assertThat(guard.detail())
        .isEqualTo("Cannot unlink the only login method. Set a password first.");
    assertThat(corpLogin(newSub(), claims(email, true)).status()).isEqualTo(200);
    Http.Reply missing = http.send("DELETE", AUTH + "/oauth/accounts/other", null, access);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.detail()).isEqualTo("OAuth account not found");
    assertThat(http.send("DELETE", AUTH + "/oauth/accounts/github", null, access).status())
        .isEqualTo(204);
    assertThat(http.get(AUTH + "/oauth/accounts", access).body()).doesNotContain("github");
  }

  @Test
  void github_unverifiedPrimary_doesNotTakeOverAPasswordAccount() throws Exception {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    Started started = authorize("github", GH_CALLBACK);
    Map<String, String> back =
        logInAtGitHub(
            started,
            new GitHubStub.Account(
                7,
                "mallory",
                email,
                "[{\"email\":\"" + email + "\",\"primary\":true,\"verified\":false}]"));

    Http.Reply reply = callback("github", back.get("code"), back.get("state"), started.binding());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("OAuth authentication failed");
  }
}
