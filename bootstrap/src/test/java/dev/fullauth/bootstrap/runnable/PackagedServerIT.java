package dev.fullauth.bootstrap.runnable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.bootstrap.system.Accounts;
import dev.fullauth.bootstrap.system.Http;
import dev.fullauth.bootstrap.system.OAuthBrowser;
import dev.fullauth.bootstrap.system.OAuthPeers;
import dev.fullauth.bootstrap.system.RawHttp;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged server exactly as README says ({@code ./fullauth start}, after the build), on
 * the embedded H2 file database, checks readiness, and restarts it: sessions and signing keys
 * survive the restart. It prints the start-up time and resident memory for the README figures.
 */
class PackagedServerIT {
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

  /**
   * A login burst as shipped (no flags added by hand): 400 password logins over 64 concurrent
   * connections. Hashing slots bound the Argon2 memory and the script's JVM defaults bound the
   * heap, so the process's peak resident set stays under 800 MiB and nothing answers 5xx but a 503
   * with {@code Retry-After} (none is expected at this load). Prints the figures.
   */
  @Test
  void loginBurst_staysUnder800MiB_withoutServerErrors() throws Exception {
    Path work =
        Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "runnable-burst-");
    long started = System.nanoTime();
    server = launch(work, "burst", Map.of("FULLAUTH_AUTH_RATE_LIMIT_ENABLED", "false"), Set.of());
    awaitReady(work, "burst", started);
    // A request may queue behind the whole burst on a busy machine.
    Http http = new Http("http://127.0.0.1:" + PORT, Duration.ofMinutes(3));
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    String before = rss(server.pid());

    java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.atomic.AtomicInteger>
        statuses = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(64);
    long burstStart = System.nanoTime();
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        done.add(
            pool.submit(
                () -> {
                  Http.Reply reply = http.post(Http.AUTH + "/login", body);
                  if (reply.status() == 503) {
                    assertThat(reply.header("Retry-After")).isPresent();
                  }
                  statuses
                      .computeIfAbsent(
                          reply.status(), s -> new java.util.concurrent.atomic.AtomicInteger())
                      .incrementAndGet();
                }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(5, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - burstStart) / 1e9;
    long peakKib = statusKib(server.pid(), "VmHWM:");
    System.out.printf(
        "[figures] login burst: 400 logins / 64 connections in %.1f s (%.0f/s), statuses %s,"
            + " RSS before %s, peak %d MiB%n",
        seconds, 400 / seconds, statuses, before, peakKib / 1024);

    assertThat(statuses.keySet()).allMatch(s -> s == 200 || s == 503);
    assertThat(peakKib).as("peak RSS in KiB").isLessThanOrEqualTo(800L * 1024);
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

  @Test
  void cookieTransport_carriesTheTokens_andCsrfGuardsEveryUnsafeRequest() throws Exception {
    Path work =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "runnable-cookie-");
    server =
        launch(
            work,
            "cookie",
            Map.of(
                "FULLAUTH_TOKEN_TRANSPORT",
                "cookie",
                "FULLAUTH_CSRF_TRUSTED_ORIGINS",
                "http://frontend.test"),
            Set.of());
    awaitReady(work, "cookie", System.nanoTime());
    Http http = new Http("http://127.0.0.1:" + PORT);
    String email = Accounts.newEmail();
    String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";

    // A safe request hands out the signed CSRF cookie, readable by the frontend (not HttpOnly).
    Http.Reply page = http.get(Http.AUTH + "/.well-known/jwks.json", null);
    String csrfCookie = cookie(page, "fullauth_csrf");
    String csrf = csrfCookie.substring("fullauth_csrf=".length(), csrfCookie.indexOf(';'));
    assertThat(csrf).matches("[0-9a-f]{64}\\.[0-9a-f]{64}");
    assertThat(csrfCookie).doesNotContain("HttpOnly");

    assertThat(detail(http.send("POST", Http.AUTH + "/register", credentials, null)))
        .isEqualTo("CSRF token missing.");
    String forged = "0".repeat(64) + "." + "0".repeat(64);
    assertThat(
            detail(
                http.send(
                    "POST",
                    Http.AUTH + "/register",
                    credentials,
                    null,
                    "Cookie",
                    "fullauth_csrf=" + forged,
                    "X-CSRF-Token",
                    forged)))
        .isEqualTo("CSRF cookie signature invalid.");
    assertThat(
            detail(
                http.send(
                    "POST",
                    Http.AUTH + "/register",
                    credentials,
                    null,
                    "Cookie",
                    "fullauth_csrf=" + csrf,
                    "X-CSRF-Token",
                    forged)))
        .isEqualTo("CSRF token mismatch.");
    assertThat(
            detail(
                http.send(
                    "POST",
                    Http.AUTH + "/register",
                    credentials,
                    null,
                    "Cookie",
                    "fullauth_csrf=" + csrf,
                    "X-CSRF-Token",
                    csrf,
                    "Origin",
                    "http://evil.test")))
        .isEqualTo("CSRF origin check failed.");
    assertThat(
            http.send(
                    "POST",
                    Http.AUTH + "/register",
                    credentials,
                    null,
                    "Cookie",
                    "fullauth_csrf=" + csrf,
                    "X-CSRF-Token",
                    csrf,
                    "Origin",
                    "http://frontend.test")
                .status())
        .isEqualTo(202);

    Http.Reply login =
        http.send(
            "POST",
            Http.AUTH + "/login",
            credentials,
            null,
            "Cookie",
            "fullauth_csrf=" + csrf,
            "X-CSRF-Token",
            csrf);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().isNull("refresh_token")).isTrue();
    assertThat(login.json().getString("access_token")).isNotBlank();
    String access = cookie(login, "fullauth_access");
    String refresh = cookie(login, "fullauth_refresh");
    for (String c : List.of(access, refresh)) {
      assertThat(c)
          .contains("HttpOnly")
          .contains("Secure")
          .contains("SameSite=Lax")
          .contains("Path=/");
    }
    assertThat(access).contains("Max-Age=1800");
    assertThat(refresh).contains("Max-Age=2592000");
    String accessValue = access.substring(0, access.indexOf(';'));
    String refreshValue = refresh.substring(0, refresh.indexOf(';'));

    assertThat(http.send("GET", Http.AUTH + "/me", null, null, "Cookie", accessValue).status())
        .isEqualTo(200);

    // The script's listener settings: a DELETE with a body (as axios sends it) reaches the CSRF
    // check, raw UTF-8 header bytes and a long query reach FullAuth; each answer is its JSON.
    assertThat(
            detail(
                http.send(
                    "DELETE",
                    Http.AUTH + "/sessions/" + UUID.randomUUID(),
                    "{}",
                    null,
                    "Cookie",
                    accessValue + "; fullauth_csrf=" + csrf)))
        .isEqualTo("CSRF token missing.");
    RawHttp.Reply utf8 =
        RawHttp.send(
            PORT,
            "GET " + Http.AUTH + "/me HTTP/1.1\r\nHost: 127.0.0.1",
            "Authorization: Bearer é€".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            null);
    assertThat(utf8.status()).as(utf8.toString()).isEqualTo(401);
    assertThat(utf8.body()).isEqualTo("{\"detail\":\"Could not validate credentials\"}");
    RawHttp.Reply longQuery =
        RawHttp.send(
            PORT,
            "GET " + Http.AUTH + "/me?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1",
            null,
            null);
    assertThat(longQuery.status()).as(longQuery.toString()).isEqualTo(414);
    assertThat(longQuery.headers().get("content-type")).startsWith("application/json");
    Http.Reply rotated =
        http.send(
            "POST",
            Http.AUTH + "/refresh",
            null,
            null,
            "Cookie",
            refreshValue + "; fullauth_csrf=" + csrf,
            "X-CSRF-Token",
            csrf);
    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.json().isNull("refresh_token")).isTrue();
    String newAccess = cookie(rotated, "fullauth_access");
    String newAccessValue = newAccess.substring(0, newAccess.indexOf(';'));

    // OAuth in cookie mode: the callback is an unsafe request like any other (CSRF), and it
    // answers with the token cookies and a null refresh token in the body.
    OAuthPeers.oidc();
    OAuthBrowser.Started started = OAuthBrowser.authorize(http, "corp", OAuthBrowser.CALLBACK);
    Map<String, String> back =
        OAuthBrowser.logInAtCorp(
            started, "sub-" + UUID.randomUUID(), OAuthBrowser.claims(Accounts.newEmail(), true));
    String callback =
        "{\"code\":\"" + back.get("code") + "\",\"state\":\"" + back.get("state") + "\"}";
    String oauthCookies = "fullauth_oauth=" + started.binding() + "; fullauth_csrf=" + csrf;
    assertThat(
            detail(
                http.send(
                    "POST",
                    Http.AUTH + "/oauth/corp/callback",
                    callback,
                    null,
                    "Cookie",
                    oauthCookies)))
        .isEqualTo("CSRF token missing.");
    Http.Reply oauth =
        http.send(
            "POST",
            Http.AUTH + "/oauth/corp/callback",
            callback,
            null,
            "Cookie",
            oauthCookies,
            "X-CSRF-Token",
            csrf);
    assertThat(oauth.status()).as(oauth.toString()).isEqualTo(200);
    assertThat(oauth.json().isNull("refresh_token")).isTrue();
    assertThat(cookie(oauth, "fullauth_access")).contains("HttpOnly");
    assertThat(cookie(oauth, "fullauth_refresh")).contains("HttpOnly");
    assertThat(cookie(oauth, "fullauth_oauth")).contains("Max-Age=0");

    // A browser whose access cookie expired still ends its session: the refresh cookie decides,
    // and both token cookies are cleared, also when nothing in them is valid any more.
    String oauthRefresh = cookie(oauth, "fullauth_refresh");
    String oauthRefreshValue = oauthRefresh.substring(0, oauthRefresh.indexOf(';'));
    Http.Reply expiredLogout =
        unsafeWithCookies(
            http, "/logout", "fullauth_access=an.expired.token; " + oauthRefreshValue, csrf);
    assertThat(expiredLogout.status()).as(expiredLogout.toString()).isEqualTo(204);
    assertThat(cookie(expiredLogout, "fullauth_access")).contains("Max-Age=0");
    assertThat(cookie(expiredLogout, "fullauth_refresh")).contains("Max-Age=0");
    assertThat(unsafeWithCookies(http, "/refresh", oauthRefreshValue, csrf).status())
        .as("the session ended")
        .isEqualTo(401);
    Http.Reply nothingValid =
        unsafeWithCookies(http, "/logout", "fullauth_access=x; fullauth_refresh=y", csrf);
    assertThat(nothingValid.status()).isEqualTo(401);
    assertThat(cookie(nothingValid, "fullauth_refresh")).contains("Max-Age=0");

    Http.Reply logout =
        http.send(
            "POST",
            Http.AUTH + "/logout",
            null,
            null,
            "Cookie",
            newAccessValue + "; fullauth_csrf=" + csrf,
            "X-CSRF-Token",
            csrf);
    assertThat(logout.status()).isEqualTo(204);
    assertThat(cookie(logout, "fullauth_access"))
        .contains("Max-Age=0")
        .contains("Expires=Thu, 01 Jan 1970");
    assertThat(cookie(logout, "fullauth_refresh")).contains("Max-Age=0");
    assertThat(http.send("GET", Http.AUTH + "/me", null, null, "Cookie", newAccessValue).status())
        .isEqualTo(401);
  }

  @Test
  void globalRateLimit_whenSwitchedOn_countsEveryRoute() throws Exception {
    Path work =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "runnable-global-");
    server =
        launch(
            work,
            "global",
            Map.of(
                "FULLAUTH_GLOBAL_RATE_LIMIT_ENABLED", "true",
                "FULLAUTH_GLOBAL_RATE_LIMIT", "5",
                "FULLAUTH_GLOBAL_RATE_LIMIT_EXEMPT_PATHS",
                    "/health/ready,/api/v1/auth/.well-known/jwks.json"),
            Set.of());
    awaitReady(work, "global", System.nanoTime());
    Http http = new Http("http://127.0.0.1:" + PORT);
    for (int i = 4; i >= 0; i--) {
      Http.Reply counted = http.get(Http.AUTH + "/me", null);
      assertThat(counted.status()).isEqualTo(401);
      assertThat(counted.header("X-RateLimit-Limit")).contains("5");
      assertThat(counted.header("X-RateLimit-Remaining")).contains(String.valueOf(i));
    }
    Http.Reply refused = http.get("/no/such/path", null);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().getString("detail")).isEqualTo("Too Many Requests");
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(http.get(Http.AUTH + "/.well-known/jwks.json", null).status())
        .as("exempt")
        .isEqualTo(200);
  }

  private static String cookie(Http.Reply reply, String name) {
    return reply.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + name + " cookie in " + reply.headers().map()));
  }

  private static String detail(Http.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    return reply.json().getString("detail");
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
    awaitReady(work, label, started);
  }

  private void awaitReady(Path work, String label, long started) throws InterruptedException {
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
    env.remove("FULLAUTH_TRUSTED_PROXY_HEADERS");
    env.remove("FULLAUTH_CORS_ORIGINS");
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

  /** A POST in cookie mode: the given cookies plus the CSRF cookie, and the matching header. */
  private static Http.Reply unsafeWithCookies(Http http, String path, String cookies, String csrf) {
    return http.send(
        "POST",
        Http.AUTH + path,
        null,
        null,
        "Cookie",
        cookies + "; fullauth_csrf=" + csrf,
        "X-CSRF-Token",
        csrf);
  }

  private static long statusKib(long pid, String field) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith(field))
        .map(l -> Long.parseLong(l.substring(field.length()).replace("kB", "").strip()))
        .findFirst()
        .orElseThrow();
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
