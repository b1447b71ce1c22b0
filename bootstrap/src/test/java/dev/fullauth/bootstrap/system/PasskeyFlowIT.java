package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.adapter.security.passkey.EmulatedPasskeyClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passkeys over HTTP with webauthn4j-test's authenticator emulator in the role of the browser
 * (anchor §2.6, §7): RP id {@code localhost}, origin {@code http://localhost:<port>}.
 */
@ExtendWith(ArquillianExtension.class)
class PasskeyFlowIT {
  static final String ORIGIN =
      "http://localhost:" + System.getProperty("fullauth.it.port", "28080");
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final Http http = Http.forSystemTests();

  /** A user with a password session. */
  private record Account(String email, String id, String access) {}

  private Account account() {
    String email = Accounts.newEmail();
    JsonObject login = Accounts.registerAndLogIn(http, email);
    return new Account(
        email, login.getJsonObject("user").getString("id"), login.getString("access_token"));
  }

  private JsonObject beginRegistration(Account a) {
    Http.Reply reply = http.post(AUTH + "/passkeys/register/begin", null, a.access());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static String created(EmulatedPasskeyClient browser, JsonObject options) {
    return browser.create(
        options.getJsonObject("rp").getString("id"),
        B64D.decode(options.getString("challenge")),
        B64D.decode(options.getJsonObject("user").getString("id")),
        options.getJsonObject("user").getString("name"));
  }

  private Http.Reply completeRegistration(Account a, JsonObject options, String credential) {
    return http.post(
        AUTH + "/passkeys/register/complete",
        "{\"challenge_key\":\""
            + options.getString("challenge_key")
            + "\",\"credential\":"
            + credential
            + ",\"device_name\":\"Emulated laptop\"}",
        a.access());
  }

  private String register(Account a, EmulatedPasskeyClient browser) {
    JsonObject options = beginRegistration(a);
    String credential = created(browser, options);
    Http.Reply reply = completeRegistration(a, options, credential);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return credential;
  }

  private JsonObject beginLogin(String body) {
    Http.Reply reply = http.post(AUTH + "/passkeys/authenticate/begin", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static String asserted(EmulatedPasskeyClient browser, JsonObject options, boolean uv) {
    List<byte[]> allowed =
        options.getJsonArray("allowCredentials").stream()
            .map(v -> B64D.decode(v.asJsonObject().getString("id")))
            .toList();
    return browser.get(
        options.getString("rpId"), B64D.decode(options.getString("challenge")), allowed, uv);
  }

  private Http.Reply completeLogin(JsonObject options, String credential) {
    return http.post(
        AUTH + "/passkeys/authenticate/complete",
        "{\"challenge_key\":\""
            + options.getString("challenge_key")
            + "\",\"credential\":"
            + credential
            + "}");
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static void assertRefusedLogin(Http.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.detail()).isEqualTo("Passkey authentication failed");
    assertThat(reply.header("WWW-Authenticate")).isEmpty();
  }

  private static void assertRefusedRegistration(Http.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.detail()).isEqualTo("Passkey registration failed");
  }

  @Test
  void creationOptions_haveTheAnchorsShape() {
    assertThat(http.post(AUTH + "/passkeys/register/begin", null).status()).isEqualTo(401);
    Account a = account();
    register(a, new EmulatedPasskeyClient(ORIGIN));

    JsonObject options = beginRegistration(a);

    assertThat(options.getJsonObject("rp").getString("id")).isEqualTo("localhost");
    assertThat(options.getJsonObject("rp").getString("name")).isEqualTo("FullAuth IT");
    assertThat(
            new String(
                B64D.decode(options.getJsonObject("user").getString("id")), StandardCharsets.UTF_8))
        .isEqualTo(a.id());
    assertThat(options.getJsonObject("user").getString("name")).isEqualTo(a.email());
    assertThat(B64D.decode(options.getString("challenge"))).hasSize(64);
    assertThat(
            options.getJsonArray("pubKeyCredParams").stream()
                .map(v -> v.asJsonObject().getInt("alg")))
        .containsExactly(-8, -7, -257);
    assertThat(options.getJsonArray("excludeCredentials")).hasSize(1);
    assertThat(options.getJsonObject("authenticatorSelection").toString())
        .isEqualTo(
            "{\"residentKey\":\"preferred\",\"requireResidentKey\":false,\"userVerification\":\"required\"}");
    assertThat(options.getString("attestation")).isEqualTo("none");
    assertThat(options.getString("challenge_key")).startsWith("passkey:reg:");
  }

  /**
   * A passkey is a lasting credential: only a fresh login may add one, its owner hears of it, and a
   * password reset (which keeps passkeys) names it so that a stranger's passkey can be spotted.
   */
  @Test
  void addingAPasskey_needsARecentLogin_mailsTheOwner_andAResetNamesIt() throws Exception {
    MailServer.start();
    Account a = account();
    register(a, new EmulatedPasskeyClient(ORIGIN));
    jakarta.mail.internet.MimeMessage notice =
        MailServer.awaitMail(a.email(), 1, java.time.Duration.ofSeconds(20));
    assertThat(notice.getSubject()).isEqualTo("A passkey was added to your FullAuth account");
    assertThat(MailServer.text(notice)).doesNotContain("token=");

    // The session began eleven minutes ago: its access token may no longer add passkeys.
    try (java.sql.Connection c = SystemTestDeployment.Db.connect(true);
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "UPDATE fullauth_refresh_tokens SET created_at = ? WHERE user_id = ?")) {
      s.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(11));
      s.setObject(2, UUID.fromString(a.id()));
      assertThat(s.executeUpdate()).isPositive();
    }
    Http.Reply stale = http.post(AUTH + "/passkeys/register/begin", null, a.access());
    assertThat(stale.status()).isEqualTo(403);
    assertThat(stale.detail()).isEqualTo("Recent login required. Log in again to add a passkey.");

    assertThat(
            http.post(AUTH + "/password-reset/request", "{\"email\":\"" + a.email() + "\"}")
                .status())
        .isEqualTo(202);
    String token =
        MailServer.token(
            MailServer.text(MailServer.awaitMail(a.email(), 2, java.time.Duration.ofSeconds(20))));
    Http.Reply reset =
        http.post(
            AUTH + "/password-reset/confirm",
            "{\"token\":\"" + token + "\",\"new_password\":\"Brand-new-password-7\"}");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(reset.json().getString("detail")).isEqualTo("Password has been reset.");
    JsonObject methods = reset.json().getJsonObject("login_methods");
    assertThat(methods.getBoolean("password")).isTrue();
    assertThat(methods.getJsonArray("passkeys").getJsonObject(0).getString("device_name"))
        .isEqualTo("Emulated laptop");
    assertThat(methods.getJsonArray("oauth_providers")).isEmpty();
  }

  @Test
  void register_list_discoverableLogin_emailLogin_andDelete() {
    Account a = account();
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);
    JsonObject options = beginRegistration(a);
    String credential = created(browser, options);
    Http.Reply created = completeRegistration(a, options, credential);
    assertThat(created.status()).isEqualTo(201);
    JsonObject passkey = created.json();
    assertThat(passkey.getString("device_name")).isEqualTo("Emulated laptop");
    assertThat(passkey.getJsonArray("transports").toString())
        .isEqualTo("[\"internal\",\"hybrid\"]");
    assertThat(passkey.getBoolean("backed_up")).isFalse();
    assertThat(passkey.isNull("last_used_at")).isTrue();

    // Discoverable credentials: no e-mail, empty allow list, UV advertised as required.
    JsonObject discoverable = beginLogin(null);
    assertThat(discoverable.getJsonArray("allowCredentials")).isEmpty();
    assertThat(discoverable.getString("userVerification")).isEqualTo("required");
    assertThat(discoverable.getString("rpId")).isEqualTo("localhost");
    Http.Reply login = completeLogin(discoverable, asserted(browser, discoverable, true));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    assertThat(login.json().getJsonObject("user").getString("id")).isEqualTo(a.id());
    String access = login.json().getString("access_token");
    assertThat(http.get(AUTH + "/me", access).status()).isEqualTo(200);

    // With the e-mail the user's credential is offered.
    JsonObject named = beginLogin("{\"email\":\"" + a.email() + "\"}");
    assertThat(named.getJsonArray("allowCredentials")).hasSize(1);
    assertThat(named.getJsonArray("allowCredentials").getJsonObject(0).getString("id"))
        .isEqualTo(parse(credential).getString("id"));
    assertThat(completeLogin(named, asserted(browser, named, true)).status()).isEqualTo(200);

    JsonArray listed = http.get(AUTH + "/passkeys", access).jsonArray();
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getString("last_used_at")).isNotBlank();
    assertThat(listed.getJsonObject(0).getString("created_at")).isNotBlank();

    String id = listed.getJsonObject(0).getString("id");
    assertThat(http.send("DELETE", AUTH + "/passkeys/not-a-uuid", null, access).status())
        .isEqualTo(422);
    Account other = account();
    Http.Reply foreign = http.send("DELETE", AUTH + "/passkeys/" + id, null, other.access());
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.detail()).isEqualTo("Passkey not found");
    assertThat(http.send("DELETE", AUTH + "/passkeys/" + id, null, access).status()).isEqualTo(204);
    assertThat(http.get(AUTH + "/passkeys", access).jsonArray()).isEmpty();
    JsonObject after = beginLogin(null);
    assertRefusedLogin(completeLogin(after, asserted(browser, after, true)));
  }

  @Test
  void unknownEmail_isIndistinguishableFromOneWithoutPasskeys() {
    Account without = account();
    JsonObject unknown = beginLogin("{\"email\":\"nobody-" + UUID.randomUUID() + "@example.com\"}");
    JsonObject known = beginLogin("{\"email\":\"" + without.email() + "\"}");

    assertThat(unknown.keySet()).isEqualTo(known.keySet());
    assertThat(unknown.getJsonArray("allowCredentials")).isEmpty();
    assertThat(known.getJsonArray("allowCredentials")).isEmpty();
  }

  @Test
  void registration_refusesWrongOrigin_wrongRp_missingUv_replay_expiry_andDuplicates()
      throws Exception {
    Account a = account();
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);

    JsonObject o1 = beginRegistration(a);
    browser.origin = "http://evil.localhost:28080";
    assertRefusedRegistration(completeRegistration(a, o1, created(browser, o1)));
    browser.origin = ORIGIN;

    JsonObject o2 = beginRegistration(a);
    String otherRp =
        browser.create(
            "example.com",
            B64D.decode(o2.getString("challenge")),
            B64D.decode(o2.getJsonObject("user").getString("id")),
            a.email());
    assertRefusedRegistration(completeRegistration(a, o2, otherRp));

    JsonObject o3 = beginRegistration(a);
    String noUv =
        browser.create(
            "localhost",
            B64D.decode(o3.getString("challenge")),
            B64D.decode(o3.getJsonObject("user").getString("id")),
            a.email(),
            EmulatedPasskeyClient::withoutUserVerification);
    assertRefusedRegistration(completeRegistration(a, o3, noUv));

    // The challenge was consumed by the failed attempt: a retry is told it expired.
    Http.Reply replay = completeRegistration(a, o3, created(browser, o3));
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.detail()).isEqualTo("Challenge expired or invalid");

    // Another user's challenge is not this user's.
    Account b = account();
    JsonObject bs = beginRegistration(b);
    assertThat(completeRegistration(a, bs, created(browser, bs)).detail())
        .isEqualTo("Challenge expired or invalid");

    // FULLAUTH_PASSKEY_CHALLENGE_TTL=5 here.
    JsonObject late = beginRegistration(a);
    String lateCredential = created(browser, late);
    Thread.sleep(5_500);
    assertThat(completeRegistration(a, late, lateCredential).detail())
        .isEqualTo("Challenge expired or invalid");

    // A credential id that is registered already (here: to another user) is refused.
    String first = register(b, new EmulatedPasskeyClient(ORIGIN));
    JsonObject o4 = beginRegistration(a);
    String stolen =
        browser.create(
            "localhost",
            B64D.decode(o4.getString("challenge")),
            B64D.decode(o4.getJsonObject("user").getString("id")),
            a.email(),
            browser.claimingCredentialOf(first));
    assertRefusedRegistration(completeRegistration(a, o4, stolen));
    assertThat(http.get(AUTH + "/passkeys", a.access()).jsonArray()).isEmpty();
  }

  @Test
  void login_refusesMissingUv_wrongOrigin_counterRegression_foreignHandle_andReplay() {
    Account a = account();
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);
    register(a, browser);

    JsonObject o1 = beginLogin(null);
    assertRefusedLogin(completeLogin(o1, asserted(browser, o1, false)));

    JsonObject o2 = beginLogin(null);
    browser.origin = "http://localhost:1";
    assertRefusedLogin(completeLogin(o2, asserted(browser, o2, true)));
    browser.origin = ORIGIN;

    // The user handle is not signed: a handle naming someone else must be refused by the server.
    Account b = account();
    JsonObject o3 = beginLogin(null);
    JsonObject genuine = parse(asserted(browser, o3, true));
    JsonObject response =
        Json.createObjectBuilder(genuine.getJsonObject("response"))
            .add("userHandle", B64.encodeToString(b.id().getBytes(StandardCharsets.UTF_8)))
            .build();
    String forged = Json.createObjectBuilder(genuine).add("response", response).build().toString();
    assertRefusedLogin(completeLogin(o3, forged));

    // A good assertion works once; its challenge cannot be used again.
    JsonObject o4 = beginLogin(null);
    String good = asserted(browser, o4, true);
    assertThat(completeLogin(o4, good).status()).isEqualTo(200);
    assertRefusedLogin(completeLogin(o4, good));

    // A cloned authenticator: the counter no longer grows.
    browser.countUp(false);
    JsonObject o5 = beginLogin(null);
    assertRefusedLogin(completeLogin(o5, asserted(browser, o5, true)));
  }

  /**
   * Genuine, correctly signed responses whose outer shape is wrong (WebAuthn L3 §5.1): {@code id}
   * missing, not base64url, or naming another credential than {@code rawId}; {@code type} not
   * {@code public-key}.
   */
  private static List<String> badShapes(EmulatedPasskeyClient browser, String valid) {
    String otherId = B64.encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    return List.of(
        browser.withMember(valid, "id", null),
        browser.withMember(valid, "id", "!!garbage!!"),
        browser.withMember(valid, "id", otherId),
        browser.withMember(valid, "type", "foo"));
  }

  @Test
  void badIdRawIdOrType_failRegistrationWith400_andLoginWith401() {
    Account a = account();
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);
    for (int i = 0; i < 4; i++) {
      JsonObject options = beginRegistration(a);
      String bad = badShapes(browser, created(browser, options)).get(i);
      assertRefusedRegistration(completeRegistration(a, options, bad));
    }
    assertThat(http.get(AUTH + "/passkeys", a.access()).jsonArray()).isEmpty();

    register(a, browser);
    for (int i = 0; i < 4; i++) {
      JsonObject options = beginLogin(null);
      String bad = badShapes(browser, asserted(browser, options, true)).get(i);
      assertRefusedLogin(completeLogin(options, bad));
    }
    JsonObject options = beginLogin(null);
    Http.Reply good = completeLogin(options, asserted(browser, options, true));
    assertThat(good.status()).as(good.toString()).isEqualTo(200);
  }

  @Test
  void syncedPasskeys_withoutCounters_logInAgainAndAgain() {
    Account a = account();
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);
    browser.countUp(false);
    register(a, browser);

    for (int i = 0; i < 3; i++) {
      JsonObject options = beginLogin(null);
      Http.Reply login = completeLogin(options, asserted(browser, options, true));
      assertThat(login.status()).as(login.toString()).isEqualTo(200);
    }
  }

  @Test
  void malformedCredentials_are4xx_neverServerErrors() {
    Account a = account();
    String[] garbage = {
      "{}",
      "{\"id\":\"!!!\",\"rawId\":\"!!!\",\"type\":\"public-key\",\"response\":{}}",
      "{\"id\":\"AA\",\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\","
          + "\"attestationObject\":\"oA\",\"authenticatorData\":\"AA\",\"signature\":\"AA\"}}"
    };
    for (String g : garbage) {
      assertRefusedRegistration(completeRegistration(a, beginRegistration(a), g));
      assertRefusedLogin(completeLogin(beginLogin(null), g));
    }
    assertThat(
            http.post(
                    AUTH + "/passkeys/authenticate/complete",
                    "{\"challenge_key\":\"x\",\"credential\":\"str\"}")
                .status())
        .isEqualTo(422);
    assertThat(
            http.post(AUTH + "/passkeys/register/complete", "{\"challenge_key\":\"x\"}", a.access())
                .status())
        .isEqualTo(422);
  }
}
