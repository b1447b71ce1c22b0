package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Account lockout over HTTP (anchor §5.3), atomic under concurrency (shared JCache counters). */
@ExtendWith(ArquillianExtension.class)
class LockoutIT {
  private final Http http = Http.forSystemTests();

  private Http.Reply logIn(String email, String password) {
    return http.post(
        AUTH + "/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
  }

  @Test
  void fiveFailures_lockTheLogin_withTheSame401_evenForTheRightPassword() {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    for (int i = 0; i < 5; i++) {
      assertThat(logIn(email, "wrong password").status()).isEqualTo(401);
    }
    Http.Reply locked = logIn(email, Accounts.PASSWORD);
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.body()).isEqualTo("{\"detail\":\"Could not validate credentials\"}");
    assertThat(locked.header("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void everySpellingOfTheAddress_countsTowardsOneLock() {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    String upper = email.toUpperCase(java.util.Locale.ROOT);
    for (String spelling :
        new String[] {" " + email, upper, email + "\\t", capitalised(email), " " + upper + " "}) {
      assertThat(logIn(spelling, "wrong password").status()).as(spelling).isEqualTo(401);
    }

    assertThat(logIn(email, Accounts.PASSWORD).status()).isEqualTo(401);
    assertThat(logIn(upper, Accounts.PASSWORD).status()).isEqualTo(401);
  }

  /** A wrong current password at change-password is a guess like a failed login. */
  @Test
  void wrongCurrentPasswords_atChangePassword_lockTheLogin() {
    String email = Accounts.newEmail();
    String access = Accounts.registerAndLogIn(http, email).getString("access_token");
    for (int i = 0; i < 5; i++) {
      assertThat(
              http.post(
                      AUTH + "/change-password",
                      "{\"current_password\":\"guess-"
                          + i
                          + "\",\"new_password\":\"Other-pass-42\"}",
                      access)
                  .status())
          .isEqualTo(400);
    }

    assertThat(logIn(email, Accounts.PASSWORD).status()).isEqualTo(401);
  }

  private static String capitalised(String email) {
    return Character.toUpperCase(email.charAt(0)) + email.substring(1);
  }

  @Test
  void hundredConcurrentFailures_lockTheAccountExactlyOnce() throws Exception {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    ExecutorService pool = Executors.newFixedThreadPool(25);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Http.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return logIn(email, "wrong password");
                }));
      }
      start.countDown();
      for (Future<Http.Reply> reply : replies) {
        assertThat(reply.get().status()).isEqualTo(401);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(logIn(email, Accounts.PASSWORD).status()).isEqualTo(401);
    String seen = http.get("/_test/events", null).body();
    assertThat(
            seen.split(
                "AccountLocked\\[identifier=" + java.util.regex.Pattern.quote(email) + "\\]", -1))
        .as("AccountLocked events for the account")
        .hasSize(2);
  }
}
