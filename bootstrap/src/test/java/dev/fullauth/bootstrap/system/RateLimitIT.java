package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Auth rate limits per client address with the anchor's buckets and headers (anchor §1.4, §1.5,
 * §5.4, §5.5). The server trusts X-Forwarded-For (one proxy) in the system tests.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {
  private final Http http = Http.forSystemTests();

  private Http.Reply post(String path, String body, String forwardedFor) {
    return http.send("POST", AUTH + path, body, null, "X-Forwarded-For", forwardedFor);
  }

  private static void assertLimited(Http.Reply reply, int limit) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
    assertThat(reply.json().getString("detail")).isEqualTo("Too many requests. Try again later.");
    assertThat(reply.header("X-RateLimit-Limit")).contains(String.valueOf(limit));
    assertThat(reply.header("X-RateLimit-Remaining")).contains("0");
    long retryAfter = Long.parseLong(reply.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    assertThat(reply.header("X-RateLimit-Reset")).contains(String.valueOf(retryAfter));
  }

  @Test
  void registration_allowsThreePerMinute_andMalformedRequestsCostNothing() {
    String client = Http.randomAddress();
    for (int i = 0; i < 4; i++) {
      assertThat(post("/register", "{\"email\":\"broken\"}", client).status()).isEqualTo(422);
    }
    for (int i = 0; i < 3; i++) {
      Http.Reply ok =
          post(
              "/register",
              "{\"email\":\""
                  + Accounts.newEmail()
                  + "\",\"password\":\""
                  + Accounts.PASSWORD
                  + "\"}",
              client);
      assertThat(ok.status()).isEqualTo(202);
      assertThat(ok.header("X-RateLimit-Limit")).isEmpty();
    }
    assertLimited(
        post(
            "/register",
            "{\"email\":\""
                + Accounts.newEmail()
                + "\",\"password\":\""
                + Accounts.PASSWORD
                + "\"}",
            client),
        3);
    // Another client is not affected.
    assertThat(
            post(
                    "/register",
                    "{\"email\":\""
                        + Accounts.newEmail()
                        + "\",\"password\":\""
                        + Accounts.PASSWORD
                        + "\"}",
                    Http.randomAddress())
                .status())
        .isEqualTo(202);
  }

  @Test
  void login_allowsFivePerMinute_perRealClient_whateverTheSpoofedEntries() {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    String client = Http.randomAddress();
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    for (int i = 0; i < 5; i++) {
      // Left-most entries are the client's own claims; only the right-most (the proxy's) counts.
      assertThat(post("/login", body, Http.randomAddress() + ", " + client).status())
          .isEqualTo(200);
    }
    assertLimited(post("/login", body, "1.2.3.4, " + client), 5);
    assertThat(post("/login", body, client + ", " + Http.randomAddress()).status()).isEqualTo(200);
  }

  /** One IPv6 subscriber holds a /64: rotating the low 64 bits gives no fresh bucket. */
  @Test
  void ipv6Clients_shareTheBucketOfTheirSlash64() {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    String prefix =
        String.format(
            "2001:db8:%x:%x:",
            ThreadLocalRandom.current().nextInt(0x10000),
            ThreadLocalRandom.current().nextInt(0x10000));
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    for (int i = 0; i < 5; i++) {
      assertThat(post("/login", body, prefix + Integer.toHexString(i + 1) + "::1").status())
          .isEqualTo(200);
    }

    assertLimited(post("/login", body, prefix + "ffff:ffff:ffff:ffff"), 5);
    assertThat(post("/login", body, prefix.replace("2001:db8:", "2001:db9:") + "::1").status())
        .as("another /64")
        .isEqualTo(200);
  }

  /** A stolen access token must not test passwords at the speed of the server. */
  @Test
  void changePassword_allowsFivePerMinute() {
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    String client = Http.randomAddress();
    String body = "{\"current_password\":\"wrong-guess\",\"new_password\":\"Another-pass-42\"}";
    for (int i = 0; i < 5; i++) {
      assertThat(
              http.send("POST", AUTH + "/change-password", body, access, "X-Forwarded-For", client)
                  .status())
          .isEqualTo(400);
    }

    assertLimited(
        http.send("POST", AUTH + "/change-password", body, access, "X-Forwarded-For", client), 5);
  }

  @Test
  void passwordResetRoutes_shareOneBucket() {
    String client = Http.randomAddress();
    assertThat(
            post("/password-reset/request", "{\"email\":\"" + Accounts.newEmail() + "\"}", client)
                .status())
        .isEqualTo(202);
    assertThat(post("/verify-email/confirm", "{\"token\":\"garbage\"}", client).status())
        .isEqualTo(401);
    assertThat(
            post(
                    "/password-reset/confirm",
                    "{\"token\":\"x\",\"new_password\":\"whatever123\"}",
                    client)
                .status())
        .isEqualTo(401);
    assertLimited(
        post("/password-reset/request", "{\"email\":\"" + Accounts.newEmail() + "\"}", client), 3);
  }

  @Test
  void refresh_allowsThirtyPerMinute_beforeLookingAtTheToken() {
    String client = Http.randomAddress();
    for (int i = 0; i < 30; i++) {
      assertThat(post("/refresh", "{}", client).status()).isEqualTo(401);
    }
    assertLimited(post("/refresh", "{}", client), 30);
  }
}
