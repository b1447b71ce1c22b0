package dev.fullauth.bootstrap.runnable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.bootstrap.system.Accounts;
import dev.fullauth.bootstrap.system.Http;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database outage on the packaged server with PostgreSQL: the server reaches the database through
 * a proxy the test cuts and restores. While it is cut the API answers 503 JSON (never 500) and
 * readiness is DOWN; once it is back the same process serves again without a restart, and a session
 * committed before the outage still works.
 */
class DatabaseOutageIT {
  private static final int PORT = Integer.getInteger("fullauth.outage.port", 28280);
  private final Http http = new Http("http://127.0.0.1:" + PORT);
  private Process server;
  private TcpProxy proxy;

  @AfterEach
  void stop() throws Exception {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void outage_is503_readinessDown_andTheSameProcessRecovers() throws Exception {
    Path work =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "runnable-outage-");
    String url = System.getenv("FULLAUTH_DB_URL").replaceAll("[?&]currentSchema=[^&]*", "");
    try (Connection c =
            DriverManager.getConnection(
                url, System.getenv("FULLAUTH_DB_USER"), System.getenv("FULLAUTH_DB_PASSWORD"));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS it_outage CASCADE");
      s.execute("CREATE SCHEMA it_outage");
    }
    URI db = URI.create(url.substring("jdbc:".length()));
    proxy = new TcpProxy(db.getPort() < 0 ? 5432 : db.getPort());
    int proxyPort = proxy.start();
    String proxied =
        "jdbc:postgresql://127.0.0.1:" + proxyPort + db.getPath() + "?currentSchema=it_outage";
    server = launch(work, proxied);
    awaitStatus("/health/ready", 200, Duration.ofSeconds(240));
    JsonObject session = Accounts.registerAndLogIn(http, Accounts.newEmail());
    String access = session.getString("access_token");

    proxy.stop();

    Http.Reply me = http.get(Http.AUTH + "/me", access);
    assertThat(me.status()).as(me.toString()).isEqualTo(503);
    assertThat(me.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(me.detail()).isEqualTo("Service unavailable. Try again later.");
    assertThat(me.header("Retry-After")).isPresent();
    Http.Reply login =
        http.post(
            Http.AUTH + "/login",
            "{\"email\":\"x@example.com\",\"password\":\"" + Accounts.PASSWORD + "\"}");
    assertThat(login.status()).as(login.toString()).isEqualTo(503);
    Http.Reply ready = http.get("/health/ready", null);
    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.body()).contains("\"DOWN\"");

    proxy.start();

    awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    assertThat(http.get(Http.AUTH + "/me", access).status()).isEqualTo(200);
    Http.Reply refreshed =
        http.post(Http.AUTH + "/refresh", Accounts.refreshBody(session.getString("refresh_token")));
    assertThat(refreshed.status()).as("the committed session survived").isEqualTo(200);
  }

  private void awaitStatus(String path, int status, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      assertThat(server.isAlive()).as("server died").isTrue();
      try {
        if (http.get(path, null).status() == status) {
          return;
        }
      } catch (RuntimeException notListening) {
        // starting
      }
      assertThat(System.nanoTime())
          .as(path + " " + status + " within " + within)
          .isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  private static Process launch(Path work, String dbUrl) throws java.io.IOException {
    File root = new File(System.getProperty("fullauth.project.root", ".."));
    ProcessBuilder builder =
        new ProcessBuilder(new File(root, "fullauth").getAbsolutePath(), "start");
    Map<String, String> env = builder.environment();
    env.put("FULLAUTH_HTTP_PORT", String.valueOf(PORT));
    env.put("FULLAUTH_CLUSTER_NAME", "fullauth-outage-test");
    env.put("FULLAUTH_CLUSTER_PORT", "27970");
    env.put("FULLAUTH_CLUSTER_MEMBERS", "127.0.0.1:27970");
    env.put("FULLAUTH_RUNTIME_DIR", work.resolve("runtime").toString());
    env.put("FULLAUTH_DB_URL", dbUrl);
    env.remove("FULLAUTH_BOOTSTRAP_ADMIN_EMAIL");
    env.remove("FULLAUTH_BOOTSTRAP_ADMIN_PASSWORD");
    builder.redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
    return builder.start();
  }
}
