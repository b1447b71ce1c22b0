package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.fullauth.bootstrap.system.FuzzCases.Case;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Generated bad input on every route (see {@link FuzzCases}), reproducible from a seed: {@code
 * -Dfullauth.fuzz.seed=N} (default {@value #DEFAULT_SEED}), {@code -Dfullauth.fuzz.cases=N}
 * (default {@value #DEFAULT_CASES}), {@code -Dfullauth.fuzz.case=N} to rerun one case. Every answer
 * is below 500; every 4xx is a JSON object with a {@code detail}; no answer holds a stack trace or
 * a submitted secret; afterwards the server is ready and a new account registers and logs in.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {
  static final long DEFAULT_SEED = 20_251_129L;
  static final int DEFAULT_CASES = 3_000;
  private static final String ADMIN_EMAIL = "admin@fullauth.test";
  private static final String ADMIN_PASSWORD = "admin-password-for-tests";
  private static final int ACCOUNTS = 4;
  private static final List<String> LEAKS = List.of("Exception", "at dev.", "at java.");

  private final Http http = Http.forSystemTests();

  /** The shared accounts and tokens the cases use. */
  private record Callers(List<String> userTokens, String adminToken) {}

  @Test
  void generatedBadInput_neverBreaksTheServer() throws Exception {
    long seed = Long.getLong("fullauth.fuzz.seed", DEFAULT_SEED);
    int count = Integer.getInteger("fullauth.fuzz.cases", DEFAULT_CASES);
    Integer only = Integer.getInteger("fullauth.fuzz.case");
    // The OAuth routes discover their provider on first use: it must be up, or they answer 502.
    OAuthPeers.oidc();
    OAuthPeers.github();

    List<String> emails = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      String email = Accounts.newEmail();
      JsonObject login = Accounts.registerAndLogIn(http, email);
      emails.add(email);
      ids.add(login.getJsonObject("user").getString("id"));
      tokens.add(login.getString("access_token"));
    }
    Callers callers =
        new Callers(
            tokens, Accounts.logIn(http, ADMIN_EMAIL, ADMIN_PASSWORD).getString("access_token"));
    List<Case> cases = new FuzzCases(seed, emails, ids).generate(only == null ? count : only + 1);
    if (only != null) {
      cases = List.of(cases.get(only));
    }
    System.out.println("FuzzIT: seed " + seed + ", " + cases.size() + " cases");

    long start = System.nanoTime();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Case c : cases) {
        running.add(pool.submit(() -> check(c, callers, failures)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println(
        "FuzzIT: "
            + cases.size()
            + " cases in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms, "
            + failures.size()
            + " failed (seed "
            + seed
            + ")");
    if (!failures.isEmpty()) {
      // Grouped by route and damage first, so that one cause shows as one line.
      Map<String, Long> byKind =
          failures.stream()
              .collect(
                  Collectors.groupingBy(
                      f -> f.substring(f.indexOf(' ') + 1, f.indexOf(']') + 1),
                      TreeMap::new,
                      Collectors.counting()));
      fail(
          "seed %d: %d of %d cases failed.%nBy route and damage: %s%nThe first ones:%n%s",
          seed,
          failures.size(),
          cases.size(),
          byKind,
          String.join(System.lineSeparator(), failures.stream().limit(40).toList()));
    }

    Http.Reply ready = http.get("/health/ready", null);
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    assertThat(http.get(AUTH + "/me", access).status()).isEqualTo(200);
  }

  private void check(Case c, Callers callers, Queue<String> failures) {
    Http.Reply reply;
    try {
      try {
        reply = send(c, callers);
      } catch (java.io.UncheckedIOException e) {
        // A server may close the connection after answering 413 to a body it did not read; the
        // client then sees a reset while still writing. Once is a transport quirk, twice a finding.
        reply = send(c, callers);
      }
    } catch (RuntimeException | AssertionError e) {
      // A transport failure, or the disposable account could not be made: both are findings.
      failures.add(describe(c) + " -> " + e);
      return;
    }
    String problem = problem(reply);
    if (problem != null) {
      String body = reply.body() == null ? "" : reply.body();
      failures.add(
          describe(c)
              + " -> "
              + reply.status()
              + " "
              + reply.header("Content-Type").orElse("(no content type)")
              + ": "
              + problem
              + ": "
              + body.substring(0, Math.min(300, body.length())));
    }
  }

  private Http.Reply send(Case c, Callers callers) {
    String token =
        switch (c.who()) {
          case USER -> callers.userTokens().get(c.number() % callers.userTokens().size());
          case ADMIN -> callers.adminToken();
          case DISPOSABLE ->
              Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
          case NONE, GARBAGE -> null;
        };
    return http.sendRaw(
        c.method(), c.path(), c.body(), c.contentType(), token, c.headers().toArray(String[]::new));
  }

  /**
   * @return what is wrong with the answer, or null
   */
  static String problem(Http.Reply reply) {
    String body = reply.body() == null ? "" : reply.body();
    if (reply.status() >= 500) {
      return "server error";
    }
    for (String leak : LEAKS) {
      if (body.contains(leak)) {
        return "stack trace text '" + leak + "'";
      }
    }
    if (body.contains(FuzzCases.SECRET)) {
      return "echoes the submitted secret";
    }
    if (reply.status() < 400) {
      return null;
    }
    if (!reply.header("Content-Type").orElse("").startsWith("application/json")) {
      return "4xx without a JSON content type";
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT
          || !value.asJsonObject().containsKey("detail")) {
        return "4xx body without a detail";
      }
    } catch (RuntimeException e) {
      return "4xx body is not JSON";
    }
    return null;
  }

  private static String describe(Case c) {
    String body = c.body() == null ? "(no body)" : c.body();
    String path = c.path();
    return "#"
        + c.number()
        + " "
        + c.what()
        + " "
        + c.method()
        + " "
        + path.substring(0, Math.min(200, path.length()))
        + " content-type "
        + c.contentType()
        + " headers "
        + c.headers().stream().map(h -> h.substring(0, Math.min(60, h.length()))).toList()
        + " body "
        + body.substring(0, Math.min(200, body.length()));
  }
}
