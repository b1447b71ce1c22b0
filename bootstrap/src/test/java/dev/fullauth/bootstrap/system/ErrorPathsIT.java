package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every bad input answers a JSON 4xx with the anchor's shape; nothing echoes a secret. */
@ExtendWith(ArquillianExtension.class)
class ErrorPathsIT {
  private final Http http = Http.forSystemTests();

  private static void assertValidationError(Http.Reply reply, String type, String... loc) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.header("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonArray detail = reply.json().getJsonArray("detail");
    assertThat(detail)
        .anySatisfy(
            issue -> {
              JsonObject o = issue.asJsonObject();
              assertThat(o.getString("type")).isEqualTo(type);
              String actual = o.getJsonArray("loc").toString();
              if (loc[loc.length - 1].equals("*")) {
                // A decode position: any number after the given prefix.
                String prefix = locJson(java.util.Arrays.copyOf(loc, loc.length - 1));
                assertThat(actual)
                    .matches(
                        java.util.regex.Pattern.quote(prefix.substring(0, prefix.length() - 1))
                            + ",\\d+]");
              } else {
                assertThat(actual).isEqualTo(locJson(loc));
              }
              assertThat(o.getString("msg")).isNotBlank();
            });
  }

  private static String locJson(String... loc) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < loc.length; i++) {
      out.append(i == 0 ? "" : ",").append(loc[i].matches("\\d+") ? loc[i] : "\"" + loc[i] + "\"");
    }
    return out.append("]").toString();
  }

  @Test
  void malformedBodies_are422Lists() {
    assertValidationError(http.post(AUTH + "/register", null), "missing", "body");
    assertValidationError(http.post(AUTH + "/register", "{}"), "missing", "body", "email");
    assertValidationError(
        http.post(AUTH + "/register", "{\"email\":\"a@b.co\"}"), "missing", "body", "password");
    assertValidationError(
        http.post(AUTH + "/register", "{\"email\":\"not-an-email\",\"password\":\"x\"}"),
        "value_error",
        "body",
        "email");
    assertValidationError(
        http.post(AUTH + "/register", "{\"email\":\"a@b.co\",\"password\":12345678}"),
        "string_type",
        "body",
        "password");
    assertValidationError(http.post(AUTH + "/login", "{\"email\":"), "json_invalid", "body", "*");
    assertValidationError(http.post(AUTH + "/login", "[1,2]"), "model_attributes_type", "body");
    assertValidationError(
        http.post(AUTH + "/refresh", "{\"refresh_token\":5}"),
        "string_type",
        "body",
        "refresh_token");
  }

  @Test
  void weakPassword_is422WithTheJoinedMessage() {
    Http.Reply reply =
        http.post(
            AUTH + "/register",
            "{\"email\":\"" + Accounts.newEmail() + "\",\"password\":\"Zq9!vbn\"}");
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getString("detail"))
        .isEqualTo("Password must be at least 8 characters");
  }

  @Test
  void commonPasswords_areRefused() {
    Http.Reply reply =
        http.post(
            AUTH + "/register",
            "{\"email\":\"" + Accounts.newEmail() + "\",\"password\":\"Password123\"}");
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getString("detail")).isEqualTo("This password is too common");
  }

  @Test
  void validationErrors_neverEchoTheSubmittedSecret() {
    Http.Reply reply =
        http.post(AUTH + "/login", "{\"email\":\"a@b.co\",\"password\":[\"s3cret-Value-42\"]}");
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body()).doesNotContain("s3cret-Value-42");
    Http.Reply badRefresh =
        http.post(AUTH + "/refresh", "{\"refresh_token\":{\"t\":\"tok-secret-123\"}}");
    assertThat(badRefresh.body()).doesNotContain("tok-secret-123");
  }

  @Test
  void everyLoginFailure_isTheSame401() {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    Http.Reply wrongPassword =
        http.post(AUTH + "/login", "{\"email\":\"" + email + "\",\"password\":\"wrong password\"}");
    Http.Reply unknown =
        http.post(
            AUTH + "/login",
            "{\"email\":\"" + Accounts.newEmail() + "\",\"password\":\"wrong password\"}");
    Http.Reply notAnEmail =
        http.post(AUTH + "/login", "{\"email\":\"nobody\",\"password\":\"wrong password\"}");
    for (Http.Reply reply : new Http.Reply[] {wrongPassword, unknown, notAnEmail}) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.body()).isEqualTo("{\"detail\":\"Could not validate credentials\"}");
      assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
    }
  }

  @Test
  void protectedRoutes_refuseMissingAndBadCredentials() {
    JsonObject login = Accounts.registerAndLogIn(http, Accounts.newEmail());
    for (String path : new String[] {"/me", "/me/verified"}) {
      assertThat(http.get(AUTH + path, null).status()).isEqualTo(401);
      assertThat(http.get(AUTH + path, "garbage").status()).isEqualTo(401);
      assertThat(http.get(AUTH + path, login.getString("refresh_token")).status()).isEqualTo(401);
      assertThat(
              http.send("GET", AUTH + path, null, null, "Authorization", "Basic dXNlcjpwYXNz")
                  .status())
          .isEqualTo(401);
    }
    assertThat(http.post(AUTH + "/logout", null).status()).isEqualTo(401);
    assertThat(http.post(AUTH + "/change-password", "{\"new_password\":\"whatever123\"}").status())
        .isEqualTo(401);
    assertThat(http.send("DELETE", AUTH + "/me", null, null).status()).isEqualTo(401);
    Http.Reply lowerCaseScheme =
        http.send(
            "GET",
            AUTH + "/me",
            null,
            null,
            "Authorization",
            "bearer " + login.getString("access_token"));
    assertThat(lowerCaseScheme.status()).isEqualTo(200);
  }

  @Test
  void refreshWithoutAToken_is401() {
    assertThat(http.post(AUTH + "/refresh", null).status()).isEqualTo(401);
    assertThat(http.post(AUTH + "/refresh", "{}").status()).isEqualTo(401);
    assertThat(http.post(AUTH + "/refresh", "{\"refresh_token\":null}").status()).isEqualTo(401);
    assertThat(http.post(AUTH + "/refresh", "{\"refresh_token\":\"a.b.c\"}").status())
        .isEqualTo(401);
  }

  @Test
  void profileUpdate_errors() {
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    Http.Reply empty = http.send("PATCH", AUTH + "/me", "{}", access);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getString("detail")).isEqualTo("No valid fields to update");
    Http.Reply onlyProtected =
        http.send("PATCH", AUTH + "/me", "{\"email\":\"x@y.z\",\"is_active\":false}", access);
    assertThat(onlyProtected.status()).isEqualTo(400);
    Http.Reply unknown = http.send("PATCH", AUTH + "/me", "{\"zeta\":1,\"alpha\":2}", access);
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().getString("detail")).isEqualTo("Unknown fields: alpha, zeta");
    assertValidationError(
        http.send("PATCH", AUTH + "/me", "{\"display_name\":5}", access),
        "string_type",
        "body",
        "display_name");
    assertValidationError(
        http.send("PATCH", AUTH + "/me", "{\"display_name\":\"" + "x".repeat(201) + "\"}", access),
        "string_too_long",
        "body",
        "display_name");
    // Validation comes before authentication (anchor §1.4).
    assertValidationError(
        http.send("PATCH", AUTH + "/me", "{\"display_name\":5}", null),
        "string_type",
        "body",
        "display_name");
  }

  @Test
  void oversizedBodies_are413Json() {
    String huge = "{\"email\":\"" + "a".repeat(70_000) + "@example.com\",\"password\":\"x\"}";
    Http.Reply reply = http.post(AUTH + "/login", huge);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().getString("detail")).isEqualTo("Request Entity Too Large");
  }

  @Test
  void containerErrors_areJsonToo() {
    Http.Reply notFound = http.get("/no/such/path", null);
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.json().getString("detail")).isEqualTo("Not Found");
    Http.Reply notFoundUnderAuth = http.get(AUTH + "/nothing-here", null);
    assertThat(notFoundUnderAuth.status()).isEqualTo(404);
    assertThat(notFoundUnderAuth.json().getString("detail")).isEqualTo("Not Found");
    Http.Reply wrongMethod = http.send("PUT", AUTH + "/login", "{}", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.json().getString("detail")).isEqualTo("Method Not Allowed");
    Http.Reply getLogin = http.get(AUTH + "/login", null);
    assertThat(getLogin.status()).isEqualTo(405);
  }
}
