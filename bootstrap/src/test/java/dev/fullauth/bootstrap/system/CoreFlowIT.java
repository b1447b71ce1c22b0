package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frontend's main story over HTTP on Payara Micro (anchor §2.1, §2.2; CONTRACT.md items 1, 11).
 */
@ExtendWith(ArquillianExtension.class)
class CoreFlowIT {
  private final Http http = Http.forSystemTests();

  @Test
  void registerLogInMeRefreshStaleRefreshAndLogOut() {
    String email = Accounts.newEmail();
    Http.Reply registered =
        http.post(
            AUTH + "/register",
            "{\"email\":\""
                + email.toUpperCase()
                + "\",\"password\":\""
                + Accounts.PASSWORD
                + "\"}");
    assertThat(registered.status()).isEqualTo(202);
    assertThat(registered.json().getString("detail"))
        .isEqualTo("If this email isn't already registered, a verification email has been sent.");

    JsonObject login = Accounts.logIn(http, email, Accounts.PASSWORD);
    assertThat(login.getString("token_type")).isEqualTo("bearer");
    assertThat(login.getInt("expires_in")).isEqualTo(1800);
    JsonObject user = login.getJsonObject("user");
    assertThat(user.getString("email")).isEqualTo(email);
    assertThat(user.getBoolean("is_active")).isTrue();
    assertThat(user.getBoolean("is_verified")).isFalse();
    assertThat(user.getBoolean("is_superuser")).isFalse();
    assertThat(user.containsKey("hashed_password")).isFalse();
    String access = login.getString("access_token");
    String refresh = login.getString("refresh_token");

    Http.Reply me = http.get(AUTH + "/me", access);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("id")).isEqualTo(user.getString("id"));

    Http.Reply rotated = http.post(AUTH + "/refresh", Accounts.refreshBody(refresh));
    assertThat(rotated.status()).isEqualTo(200);
    JsonObject pair = rotated.json();
    assertThat(pair.containsKey("user")).isFalse();
    assertThat(pair.getString("refresh_token")).isNotEqualTo(refresh);
    String access2 = pair.getString("access_token");
    String refresh2 = pair.getString("refresh_token");
    assertThat(http.get(AUTH + "/me", access2).status()).isEqualTo(200);

    // A stale refresh token is refused and burns the session: the newer tokens die too.
    Http.Reply stale = http.post(AUTH + "/refresh", Accounts.refreshBody(refresh));
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.header("WWW-Authenticate")).contains("Bearer");
    assertThat(stale.json().getString("detail")).isEqualTo("Could not validate credentials");
    assertThat(http.post(AUTH + "/refresh", Accounts.refreshBody(refresh2)).status())
        .isEqualTo(401);
    assertThat(http.get(AUTH + "/me", access2).status()).isEqualTo(401);
    assertThat(http.get(AUTH + "/me", access).status()).isEqualTo(401);

    // A new session, then logout: its access and refresh tokens stop working at once.
    JsonObject again = Accounts.logIn(http, email, Accounts.PASSWORD);
    String access3 = again.getString("access_token");
    Http.Reply logout = http.post(AUTH + "/logout", null, access3);
    assertThat(logout.status()).isEqualTo(204);
    assertThat(logout.body()).isEmpty();
    assertThat(http.get(AUTH + "/me", access3).status()).isEqualTo(401);
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(again.getString("refresh_token")))
                .status())
        .isEqualTo(401);
    assertThat(http.post(AUTH + "/logout", null, access3).status()).isEqualTo(401);
  }

  @Test
  void duplicateRegistration_looksExactlyLikeANewOne() {
    String email = Accounts.newEmail();
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    Http.Reply first = http.post(AUTH + "/register", body);
    Http.Reply second = http.post(AUTH + "/register", body);
    assertThat(second.status()).isEqualTo(first.status()).isEqualTo(202);
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void profile_canBeUpdated_andProtectedFieldsAreIgnored() {
    String email = Accounts.newEmail();
    String access = Accounts.registerAndLogIn(http, email).getString("access_token");
    Http.Reply patched =
        http.send(
            "PATCH",
            AUTH + "/me",
            "{\"display_name\":\"Ann\",\"is_superuser\":true,\"email\":\"x@y.z\"}",
            access);
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().getString("display_name")).isEqualTo("Ann");
    assertThat(patched.json().getBoolean("is_superuser")).isFalse();
    assertThat(patched.json().getString("email")).isEqualTo(email);
    Http.Reply cleared = http.send("PATCH", AUTH + "/me", "{\"display_name\":null}", access);
    assertThat(cleared.json().isNull("display_name")).isTrue();
    assertThat(http.get(AUTH + "/me/verified", access).status()).isEqualTo(403);
  }

  @Test
  void deletingTheAccount_endsEverything() {
    String email = Accounts.newEmail();
    JsonObject login = Accounts.registerAndLogIn(http, email);
    String access = login.getString("access_token");
    assertThat(http.send("DELETE", AUTH + "/me", null, access).status()).isEqualTo(204);
    assertThat(http.get(AUTH + "/me", access).status()).isEqualTo(401);
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(login.getString("refresh_token")))
                .status())
        .isEqualTo(401);
    assertThat(
            http.post(
                    AUTH + "/login",
                    "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}")
                .status())
        .isEqualTo(401);
  }

  @Test
  void changingThePassword_keepsThisSession_andEndsTheOthers() {
    String email = Accounts.newEmail();
    JsonObject here = Accounts.registerAndLogIn(http, email);
    JsonObject elsewhere = Accounts.logIn(http, email, Accounts.PASSWORD);
    String access = here.getString("access_token");

    Http.Reply wrong =
        http.post(
            AUTH + "/change-password",
            "{\"current_password\":\"nope-nope\",\"new_password\":\"brand new secret\"}",
            access);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getString("detail")).isEqualTo("Current password is incorrect");
    Http.Reply weak =
        http.post(
            AUTH + "/change-password",
            "{\"current_password\":\"" + Accounts.PASSWORD + "\",\"new_password\":\"x9!qz\"}",
            access);
    assertThat(weak.status()).isEqualTo(422);
    assertThat(weak.json().getString("detail")).isEqualTo("Password must be at least 8 characters");

    Http.Reply ok =
        http.post(
            AUTH + "/change-password",
            "{\"current_password\":\""
                + Accounts.PASSWORD
                + "\",\"new_password\":\"brand new secret\"}",
            access);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().getString("detail")).isEqualTo("Password changed successfully.");

    assertThat(http.get(AUTH + "/me", access).status()).isEqualTo(200);
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(here.getString("refresh_token")))
                .status())
        .isEqualTo(200);
    assertThat(http.get(AUTH + "/me", elsewhere.getString("access_token")).status()).isEqualTo(401);
    assertThat(
            http.post(AUTH + "/refresh", Accounts.refreshBody(elsewhere.getString("refresh_token")))
                .status())
        .isEqualTo(401);
    assertThat(
            http.post(
                    AUTH + "/login",
                    "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}")
                .status())
        .isEqualTo(401);
    Accounts.logIn(http, email, "brand new secret");
  }
}
