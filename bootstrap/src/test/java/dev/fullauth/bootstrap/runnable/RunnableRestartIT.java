package dev.fullauth.bootstrap.runnable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.bootstrap.system.Accounts;
import dev.fullauth.bootstrap.system.Http;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged server exactly as README says ({@code ./fullauth start}, after the build), on
 * the embedded H2 file database, checks readiness, and restarts it: sessions and signing keys
 * survive the restart. It prints the start-up time and resident memory for the README figures.
 */
class RunnableRestartIT {
  private static final int PORT = Integer.getInteger("fullauth.runnable.port", 28180);
  private Process server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void packagedServer_startsOnH2_andSessionsSurviveARestart() throws Exception {
    Path work =
        Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "runnable-");
    Http http = new Http("http://127.0.0.1:" + PORT);

    start(work, "first");
    String email = Accounts.newEmail();
    JsonObject login = Accounts.registerAndLogIn(http, email);
    stopServer();

    start(work, "second");
    assertThat(http.get(Http.AUTH + "/me", login.getString("access_token")).status())
        .isEqualTo(200);
    Http.Reply refreshed =
        http.post(Http.AUTH + "/refresh", Accounts.refreshBody(login.getString("refresh_token")));
    assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    assertThat(Files.exists(work.resolve("db").resolveSibling("db.mv.db"))).isTrue();
  }

  @Test
  void productionProfile_refusesToStartInUnsafeStates() throws Exception {
    Path work =
        Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "runnable-prod-");
    Path log = work.resolve("server-production.log");
    server =
        launch(
            work,
            "production",
            Map.of("FULLAUTH_PROFILE", "production"),
            Set.of("FULLAUTH_SMTP_HOST"));
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    String message =
        "FULLAUTH_PROFILE=production refuses to start: FULLAUTH_SECRET_KEY is not set; the database"
            + " is the embedded H2 (set FULLAUTH_DB_URL to PostgreSQL); FULLAUTH_SMTP_HOST is not set";
    while (System.nanoTime() < deadline
        && !(Files.exists(log) && Files.readString(log).contains(message))) {
      Thread.sleep(200);
    }
    assertThat(Files.readString(log)).contains(message);
    Http http = new Http("http://127.0.0.1:" + PORT);
    assertThat(statusOrZero(http, Http.AUTH + "/.well-known/jwks.json")).isNotEqualTo(200);
  }

  private static int statusOrZero(Http http, String path) {
    try {
      return http.get(path, null).status();
    } catch (RuntimeException notListening) {
      return 0;
    }
  }

  private void start(Path work, String label) throws IOException, InterruptedException {
    long started = System.nanoTime();
    server = launch(work, label, Map.of(), Set.of());
    Http http = new Http("http://127.0.0.1:" + PORT);
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (true) {
      assertThat(server.isAlive())
          .as("server died, see " + work.resolve("server-" + label + ".log"))
          .isTrue();
      // Readiness can turn green a moment before Payara routes requests to the application.
      if (statusOrZero(http, "/health/ready") == 200
          && statusOrZero(http, Http.AUTH + "/.well-known/jwks.json") == 200) {
        break;
      }
      assertThat(System.nanoTime()).as("ready within 240 s").isLessThan(deadline);
      Thread.sleep(200);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "[figures] %s start: ready after %d ms, RSS %s%n", label, millis, rss(server.pid()));
  }

  /**
   * Runs {@code ./fullauth start} with an isolated port, cluster, runtime directory and H2 file.
   */
  private static Process launch(
      Path work, String label, Map<String, String> extra, Set<String> unset) throws IOException {
    File root = new File(System.getProperty("fullauth.project.root", ".."));
    ProcessBuilder builder =
        new ProcessBuilder(new File(root, "fullauth").getAbsolutePath(), "start");
    Map<String, String> env = builder.environment();
    env.put("FULLAUTH_HTTP_PORT", String.valueOf(PORT));
    env.put("FULLAUTH_CLUSTER_PORT", "27900");
    env.put("FULLAUTH_CLUSTER_MEMBERS", "127.0.0.1:27900");
    env.put("FULLAUTH_CLUSTER_NAME", "fullauth-runnable-test");
    env.put("FULLAUTH_RUNTIME_DIR", work.resolve("runtime").toString());
    env.put("FULLAUTH_DB_URL", "jdbc:h2:file:" + work.resolve("db"));
    env.remove("FULLAUTH_DB_USER");
    env.remove("FULLAUTH_DB_PASSWORD");
    env.remove("FULLAUTH_SECRET_KEY");
    env.remove("FULLAUTH_ISSUER");
    env.remove("FULLAUTH_BOOTSTRAP_ADMIN_EMAIL");
    env.remove("FULLAUTH_BOOTSTRAP_ADMIN_PASSWORD");
    env.putAll(extra);
    unset.forEach(env::remove);
    builder
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("server-" + label + ".log").toFile());
    return builder.start();
  }

  private void stopServer() throws InterruptedException {
    server.destroy();
    assertThat(server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  private static String rss(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(l -> l.startsWith("VmRSS:"))
          .map(l -> l.substring(6).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
