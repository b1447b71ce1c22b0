package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session management over HTTP (anchor §2.7, §8.1; CONTRACT.md item 11). */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {
  private final Http http = Http.forSystemTests();

  private JsonObject logIn(String email, String userAgent) {
    Http.Reply reply =
        http.send(
            "POST",
            AUTH + "/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}",
            null,
            "User-Agent",
            userAgent,
            "X-Forwarded-For",
            "203.0.113.7");
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void sessions_areListed_revokedOneByOne_andAllOthersAtOnce() {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    JsonObject laptop = logIn(email, "Laptop/1.0");
    JsonObject phone = logIn(email, "Phone/2.0");
    String access = laptop.getString("access_token");

    Http.Reply listed = http.get(AUTH + "/sessions", access);
    assertThat(listed.status()).isEqualTo(200);
    JsonArray sessions = listed.jsonArray();
    assertThat(sessions).hasSize(3);
    JsonObject newest = sessions.getJsonObject(0);
    assertThat(newest.getString("user_agent")).isEqualTo("Phone/2.0");
    assertThat(newest.getString("ip_address")).isEqualTo("203.0.113.7");
    assertThat(newest.getBoolean("current")).isFalse();
    assertThat(newest.getString("created_at")).isNotBlank();
    assertThat(newest.getString("expires_at")).isNotBlank();
    assertThat(sessions.stream().map(v -> v.asJsonObject()).filter(s -> s.getBoolean("current")))
        .singleElement()
        .satisfies(
            s -> assertThat(s.asJsonObject().getString("user_agent")).isEqualTo("Laptop/1.0"));

    // Revoke the phone: its refresh and access tokens die at once.
    String phoneFamily = newest.getString("family_id");
    assertThat(http.send("DELETE", AUTH + "/sessions/" + phoneFamily, null, access).status())
        .isEqualTo(204);
    assertThat(http.send("DELETE", AUTH + "/sessions/" + phoneFamily, null, access).status())
        .isEqualTo(204);
    assertThat(http.get(AUTH + "/me", phone.getString("access_token")).status()).isEqualTo(401);
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(phone.getString("refresh_token")))
                .status())
        .isEqualTo(401);
    assertThat(http.get(AUTH + "/sessions", access).jsonArray()).hasSize(2);

    Http.Reply others = http.post(AUTH + "/sessions/revoke-others", null, access);
    assertThat(others.status()).isEqualTo(200);
    assertThat(others.json().getString("detail")).isEqualTo("Signed out 1 other session(s).");
    JsonArray left = http.get(AUTH + "/sessions", access).jsonArray();
    assertThat(left)
        .singleElement()
        .satisfies(s -> assertThat(s.asJsonObject().getBoolean("current")).isTrue());
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(laptop.getString("refresh_token")))
                .status())
        .isEqualTo(200);
  }

  @Test
  void someoneElsesOrUnknownSessions_are404() {
    JsonObject ann = Accounts.registerAndLogIn(http, Accounts.newEmail());
    JsonObject bob = Accounts.registerAndLogIn(http, Accounts.newEmail());
    String bobFamily =
        http.get(AUTH + "/sessions", bob.getString("access_token"))
            .jsonArray()
            .getJsonObject(0)
            .getString("family_id");
    for (String family :
        new String[] {bobFamily, "0123456789abcdef0123456789abcdef", "not-a-family"}) {
      Http.Reply reply =
          http.send("DELETE", AUTH + "/sessions/" + family, null, ann.getString("access_token"));
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json().getString("detail")).isEqualTo("Session not found");
    }
    assertThat(http.get(AUTH + "/me", bob.getString("access_token")).status()).isEqualTo(200);
    assertThat(http.get(AUTH + "/sessions", null).status()).isEqualTo(401);
    assertThat(http.post(AUTH + "/sessions/revoke-others", null).status()).isEqualTo(401);
  }
}
