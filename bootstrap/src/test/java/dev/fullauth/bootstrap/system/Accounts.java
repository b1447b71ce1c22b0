package dev.fullauth.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Creates accounts and sessions through the public API. */
public final class Accounts {
  public static final String PASSWORD = "correct horse battery";

  private Accounts() {}

  /**
   * @return a fresh, unused e-mail address
   */
  public static String newEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  /**
   * @return the login JSON of a freshly registered account
   */
  public static JsonObject registerAndLogIn(Http http, String email) {
    Http.Reply registered =
        http.post(
            Http.AUTH + "/register",
            "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
    return logIn(http, email, PASSWORD);
  }

  /**
   * @return the login JSON
   */
  public static JsonObject logIn(Http http, String email, String password) {
    Http.Reply login =
        http.post(
            Http.AUTH + "/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return login.json();
  }

  /**
   * @return a body with the given refresh token
   */
  public static String refreshBody(String refreshToken) {
    return "{\"refresh_token\":\"" + refreshToken + "\"}";
  }
}
