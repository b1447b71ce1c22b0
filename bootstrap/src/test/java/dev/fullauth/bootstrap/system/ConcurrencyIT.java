package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races decided by the database: of concurrent refreshes exactly one wins; concurrent registrations
 * of one address create one account and all answer alike.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {
  private final Http http = Http.forSystemTests();

  @Test
  void twentyConcurrentRefreshesOfOneToken_haveExactlyOneWinner_andBurnTheSession()
      throws Exception {
    JsonObject login = Accounts.registerAndLogIn(http, Accounts.newEmail());
    String body = Accounts.refreshBody(login.getString("refresh_token"));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Callable<Http.Reply>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(
            () -> {
              start.await();
              return http.post(AUTH + "/refresh", body);
            });
      }
      List<Future<Http.Reply>> futures = new ArrayList<>();
      for (Callable<Http.Reply> call : calls) {
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Http.Reply> replies = new ArrayList<>();
      for (Future<Http.Reply> future : futures) {
        replies.add(future.get());
      }
      assertThat(replies).extracting(Http.Reply::status).containsOnly(200, 401);
      assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
      JsonObject winner =
          replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
      // The losers burnt the session: even the winner's new tokens are dead.
      assertThat(
              http.post(AUTH + "/refresh", Accounts.refreshBody(winner.getString("refresh_token")))
                  .status())
          .isEqualTo(401);
      assertThat(http.get(AUTH + "/me", winner.getString("access_token")).status()).isEqualTo(401);
      assertThat(http.get(AUTH + "/me", login.getString("access_token")).status()).isEqualTo(401);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentRegistrationsOfOneAddress_createOneAccount_andAllAnswer202() throws Exception {
    String email = Accounts.newEmail();
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Http.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return http.post(AUTH + "/register", body);
                }));
      }
      start.countDown();
      for (Future<Http.Reply> future : futures) {
        Http.Reply reply = future.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
      }
    } finally {
      pool.shutdownNow();
    }
    try (var c = SystemTestDeployment.Db.connect(true);
        var s = c.prepareStatement("SELECT COUNT(*) FROM fullauth_users WHERE email = ?")) {
      s.setString(1, email);
      try (var rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
    Accounts.logIn(http, email, Accounts.PASSWORD);
  }
}
