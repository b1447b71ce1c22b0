package dev.fullauth.bootstrap.runnable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.adapter.security.passkey.EmulatedPasskeyClient;
import dev.fullauth.bootstrap.system.Accounts;
import dev.fullauth.bootstrap.system.Http;
import dev.fullauth.bootstrap.system.OAuthBrowser;
import dev.fullauth.bootstrap.system.OAuthPeers;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged FullAuth nodes on 127.0.0.1 in one Hazelcast cluster (tcp-ip members, no multicast)
 * over one PostgreSQL database (CONTRACT.md item 7): revocations, lockout counters and rate limits
 * are shared, and the survivor keeps the state when a node dies.
 */
class ClusterIT {
  private static final int PORT_A = 28480;
  private static final int PORT_B = 28481;
  private static final String CLIENT = "X-Forwarded-For";
  // The passkey origin the system tests configure (FULLAUTH_PASSKEY_ORIGINS, inherited here).
  private static final String PASSKEY_ORIGIN =
      "http://localhost:" + System.getProperty("fullauth.it.port", "28080");
  private static final int LOCK_SECONDS = 20;
  private static Process nodeA;
  private static Process nodeB;
  private static Path work;
  private final Http a = new Http("http://127.0.0.1:" + PORT_A);
  private final Http b = new Http("http://127.0.0.1:" + PORT_B);

  @BeforeAll
  static void startTwoNodes() throws Exception {
    work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "cluster-");
    String url = System.getenv("FULLAUTH_DB_URL").replaceAll("[?&]currentSchema=[^&]*", "");
    try (Connection c =
            DriverManager.getConnection(
                url, System.getenv("FULLAUTH_DB_USER"), System.getenv("FULLAUTH_DB_PASSWORD"));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS it_cluster CASCADE");
      s.execute("CREATE SCHEMA it_cluster");
    }
    nodeA = launch("a", PORT_A, url + "?currentSchema=it_cluster");
    awaitReady(PORT_A, nodeA, "a");
    nodeB = launch("b", PORT_B, url + "?currentSchema=it_cluster");
    awaitReady(PORT_B, nodeB, "b");
    Thread.sleep(2000); // let the second member finish joining
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    for (Process node : new Process[] {nodeA, nodeB}) {
      if (node != null && node.isAlive()) {
        node.destroy();
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
          node.destroyForcibly();
        }
      }
    }
  }

  @Test
  void revocationsLockoutAndRateLimits_areShared_andSurviveANodesDeath() throws Exception {
    // Logout on A kills the access token on B.
    String email = Accounts.newEmail();
    JsonObject onA = Accounts.registerAndLogIn(a, email);
    String loggedOut = onA.getString("access_token");
    assertThat(b.get(Http.AUTH + "/me", loggedOut).status()).isEqualTo(200);
    assertThat(a.post(Http.AUTH + "/logout", null, loggedOut).status()).isEqualTo(204);
    assertThat(b.get(Http.AUTH + "/me", loggedOut).status()).isEqualTo(401);
    String alive = Accounts.logIn(b, email, Accounts.PASSWORD).getString("access_token");

    // A key rotated on A verifies on B at once (B reloads on an unknown kid).
    String admin =
        Accounts.logIn(a, "cluster-admin@fullauth.test", "cluster-admin-password")
            .getString("access_token");
    Http.Reply rotated = a.post(Http.AUTH + "/admin/keys/rotate", null, admin);
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
    String newKid = rotated.json().getString("kid");
    String afterRotation =
        Accounts.logIn(a, "cluster-admin@fullauth.test", "cluster-admin-password")
            .getString("access_token");
    assertThat(com.nimbusds.jwt.SignedJWT.parse(afterRotation).getHeader().getKeyID())
        .isEqualTo(newKid);
    assertThat(b.get(Http.AUTH + "/me", afterRotation).status()).isEqualTo(200);

    // Lockout: three failures on A and two on B lock the account on both.
    String victim = Accounts.newEmail();
    Accounts.registerAndLogIn(b, victim);
    String wrong = "{\"email\":\"" + victim + "\",\"password\":\"wrong password\"}";
    for (int i = 0; i < 5; i++) {
      assertThat((i < 3 ? a : b).post(Http.AUTH + "/login", wrong).status()).isEqualTo(401);
    }
    long lockedAt = System.nanoTime();
    String right = "{\"email\":\"" + victim + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    assertThat(a.post(Http.AUTH + "/login", right).status()).isEqualTo(401);
    assertThat(b.post(Http.AUTH + "/login", right).status()).isEqualTo(401);

    // Rate limit: one client's three registrations per minute, spread over both nodes.
    String client = Http.randomAddress();
    for (int i = 0; i < 3; i++) {
      Http node = i % 2 == 0 ? a : b;
      assertThat(
              node.send("POST", Http.AUTH + "/register", registration(), null, CLIENT, client)
                  .status())
          .isEqualTo(202);
    }
    assertThat(
            a.send("POST", Http.AUTH + "/register", registration(), null, CLIENT, client).status())
        .isEqualTo(429);
    assertThat(
            b.send("POST", Http.AUTH + "/register", registration(), null, CLIENT, client).status())
        .isEqualTo(429);

    // OAuth states and passkey challenges live in the shared cache: a flow started on one node
    // completes on the other, once.
    OAuthPeers.oidc();
    OAuthBrowser.Started started = OAuthBrowser.authorize(a, "corp", OAuthBrowser.CALLBACK);
    Map<String, String> back =
        OAuthBrowser.logInAtCorp(
            started, "sub-" + UUID.randomUUID(), OAuthBrowser.claims(Accounts.newEmail(), true));
    assertThat(
            OAuthBrowser.callback(b, "corp", back.get("code"), back.get("state"), started.binding())
                .status())
        .isEqualTo(200);
    assertThat(
            OAuthBrowser.callback(a, "corp", back.get("code"), back.get("state"), started.binding())
                .status())
        .isEqualTo(400);
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(PASSKEY_ORIGIN);
    JsonObject options = b.post(Http.AUTH + "/passkeys/register/begin", null, alive).json();
    String credential =
        browser.create(
            "localhost",
            Base64.getUrlDecoder().decode(options.getString("challenge")),
            Base64.getUrlDecoder().decode(options.getJsonObject("user").getString("id")),
            email);
    assertThat(
            a.post(
                    Http.AUTH + "/passkeys/register/complete",
                    "{\"challenge_key\":\""
                        + options.getString("challenge_key")
                        + "\",\"credential\":"
                        + credential
                        + "}",
                    alive)
                .status())
        .isEqualTo(201);
    JsonObject login = a.post(Http.AUTH + "/passkeys/authenticate/begin", null).json();
    String assertion =
        browser.get(
            "localhost",
            Base64.getUrlDecoder().decode(login.getString("challenge")),
            List.of(),
            true);
    String complete =
        "{\"challenge_key\":\""
            + login.getString("challenge_key")
            + "\",\"credential\":"
            + assertion
            + "}";
    assertThat(b.post(Http.AUTH + "/passkeys/authenticate/complete", complete).status())
        .isEqualTo(200);
    assertThat(a.post(Http.AUTH + "/passkeys/authenticate/complete", complete).status())
        .isEqualTo(401);

    // Node A dies; B keeps serving with the shared state.
    nodeA.destroyForcibly();
    assertThat(nodeA.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(b.get(Http.AUTH + "/me", alive).status()).isEqualTo(200);
    assertThat(b.get(Http.AUTH + "/me", loggedOut).status()).isEqualTo(401);
    assertThat(b.post(Http.AUTH + "/login", right).status()).isEqualTo(401);
    assertThat(
            b.send("POST", Http.AUTH + "/register", registration(), null, CLIENT, client).status())
        .isEqualTo(429);

    // The lock ends after its duration (FULLAUTH_LOCKOUT_DURATION_SECONDS here), on the survivor
    // too.
    long waitMillis = LOCK_SECONDS * 1000L + 1000 - (System.nanoTime() - lockedAt) / 1_000_000;
    Thread.sleep(Math.max(0, waitMillis));
    assertThat(b.post(Http.AUTH + "/login", right).status()).isEqualTo(200);
  }

  private static String registration() {
    return "{\"email\":\"" + Accounts.newEmail() + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
  }

  private static Process launch(String name, int port, String dbUrl) throws IOException {
    File root = new File(System.getProperty("fullauth.project.root", ".."));
    ProcessBuilder builder =
        new ProcessBuilder(new File(root, "fullauth").getAbsolutePath(), "start");
    Map<String, String> env = builder.environment();
    env.put("FULLAUTH_HTTP_PORT", String.valueOf(port));
    env.put("FULLAUTH_CLUSTER_NAME", "fullauth-cluster-test");
    env.put("FULLAUTH_CLUSTER_PORT", "27950");
    env.put("FULLAUTH_CLUSTER_MEMBERS", "127.0.0.1:27950,127.0.0.1:27951");
    env.put("FULLAUTH_CLUSTER_INTERFACE", "127.0.0.1");
    // Both nodes share the secret, so both derive the same cluster name and find each other.
    env.put("FULLAUTH_CLUSTER_SECRET", "cluster-test-secret");
    env.put("FULLAUTH_RUNTIME_DIR", work.resolve("runtime-" + name).toString());
    env.put("FULLAUTH_DB_URL", dbUrl);
    env.put("FULLAUTH_TRUSTED_PROXY_HEADERS", CLIENT);
    env.put("FULLAUTH_LOCKOUT_DURATION_SECONDS", String.valueOf(LOCK_SECONDS));
    env.put("FULLAUTH_BOOTSTRAP_ADMIN_EMAIL", "cluster-admin@fullauth.test");
    env.put("FULLAUTH_BOOTSTRAP_ADMIN_PASSWORD", "cluster-admin-password");
    builder
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("node-" + name + ".log").toFile());
    return builder.start();
  }

  private static void awaitReady(int port, Process node, String name) throws InterruptedException {
    Http http = new Http("http://127.0.0.1:" + port);
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(node.isAlive()).as("node " + name + " died, see " + work).isTrue();
      try {
        if (http.get("/health/ready", null).status() == 200
            && http.get(Http.AUTH + "/.well-known/jwks.json", null).status() == 200) {
          return;
        }
      } catch (RuntimeException starting) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("node " + name + " not ready, see " + work);
  }
}
