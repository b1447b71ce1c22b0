package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared caches stay bounded under anonymous floods, and a flood never evicts a revocation. The
 * deployment bounds the one-time cache to 1,000 entries (FULLAUTH_CACHE_ONE_TIME_MAX_ENTRIES);
 * Hazelcast enforces the bound per partition with some slack, so the test allows up to four times
 * the bound and floods with more than that.
 */
@ExtendWith(ArquillianExtension.class)
class CacheBoundsIT {
  private static final int BOUND = 1_000;
  private static final int FLOOD = 6_000;
  private final Http http = Http.forSystemTests();

  private int oneTimeEntries() {
    Http.Reply ready = http.get("/health/ready", null);
    for (JsonObject check : ready.json().getJsonArray("checks").getValuesAs(JsonObject.class)) {
      if (check.getString("name").equals("cache")) {
        // Payara renders health data values as strings.
        jakarta.json.JsonValue value = check.getJsonObject("data").get("fullauth-one-time-entries");
        return Integer.parseInt(value.toString().replace("\"", ""));
      }
    }
    throw new AssertionError("no cache check in " + ready);
  }

  @Test
  void anonymousAuthorizeFlood_fromManyAddresses_staysBounded_andRevocationsSurvive()
      throws Exception {
    JsonObject session = Accounts.registerAndLogIn(http, Accounts.newEmail());
    String loggedOut = session.getString("access_token");
    assertThat(http.post(AUTH + "/logout", null, loggedOut).status()).isEqualTo(204);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < FLOOD; i++) {
        answers.add(
            pool.submit(
                () ->
                    http.get(
                            AUTH + "/oauth/corp/authorize?redirect_uri=" + OAuthBrowser.CALLBACK,
                            null)
                        .status()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(oneTimeEntries()).isBetween(1, 4 * BOUND);
    assertThat(http.get(AUTH + "/me", loggedOut).status())
        .as("the revocation outlived the flood")
        .isEqualTo(401);
  }
}
