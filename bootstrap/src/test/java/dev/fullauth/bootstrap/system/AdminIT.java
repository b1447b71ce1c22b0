package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles and permissions over HTTP (anchor §2.4, §8.3): the bootstrap superuser administers them,
 * others get 403, anonymous callers 401; an application's {@code @RequiresRole} and
 * {@code @RequiresPermission} resources follow the stored roles on the very next request.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {
  private final Http http = Http.forSystemTests();
  private String admin;

  @BeforeEach
  void logInTheBootstrapAdmin() {
    JsonObject login = Accounts.logIn(http, "admin@fullauth.test", "admin-password-for-tests");
    assertThat(login.getJsonObject("user").getBoolean("is_superuser")).isTrue();
    assertThat(login.getJsonObject("user").getBoolean("is_verified")).isTrue();
    admin = login.getString("access_token");
  }

  private Http.Reply assignRole(String token, String userId, String role) {
    return http.post(
        AUTH + "/admin/assign-role",
        "{\"user_id\":\"" + userId + "\",\"role\":\"" + role + "\"}",
        token);
  }

  @Test
  void everyAdminRoute_isForSuperusersOnly() {
    JsonObject user = Accounts.registerAndLogIn(http, Accounts.newEmail());
    String token = user.getString("access_token");
    String id = user.getJsonObject("user").getString("id");
    String[][] routes = {
      {"POST", "/admin/assign-role", "{\"user_id\":\"" + id + "\",\"role\":\"x\"}"},
      {"POST", "/admin/remove-role", "{\"user_id\":\"" + id + "\",\"role\":\"x\"}"},
      {"POST", "/admin/assign-permission", "{\"role\":\"x\",\"permission\":\"y\"}"},
      {"POST", "/admin/remove-permission", "{\"role\":\"x\",\"permission\":\"y\"}"},
      {"GET", "/admin/role-permissions/x", null}
    };
    for (String[] route : routes) {
      Http.Reply anonymous = http.send(route[0], AUTH + route[1], route[2], null);
      assertThat(anonymous.status()).as(route[1]).isEqualTo(401);
      Http.Reply ordinary = http.send(route[0], AUTH + route[1], route[2], token);
      assertThat(ordinary.status()).as(route[1]).isEqualTo(403);
      assertThat(ordinary.json().getString("detail")).isEqualTo("Not enough permissions");
      assertThat(http.send(route[0], AUTH + route[1], route[2], admin).status())
          .as(route[1])
          .isEqualTo(200);
    }
  }

  @Test
  void rolesAndPermissions_areAdministered_withTheAnchorsMessages() {
    String id =
        Accounts.registerAndLogIn(http, Accounts.newEmail()).getJsonObject("user").getString("id");
    String role = "editor-" + UUID.randomUUID().toString().substring(0, 8);
    Http.Reply assigned = assignRole(admin, id, role);
    assertThat(assigned.json().getString("detail"))
        .isEqualTo("Role '" + role + "' assigned to user " + id + ".");
    assertThat(assignRole(admin, id, role).status()).isEqualTo(200);
    Http.Reply missing = assignRole(admin, UUID.randomUUID().toString(), role);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().getString("detail")).isEqualTo("User not found");
    assertThat(assignRole(admin, "not-a-uuid", role).status()).isEqualTo(422);

    Http.Reply granted =
        http.post(
            AUTH + "/admin/assign-permission",
            "{\"role\":\"" + role + "\",\"permission\":\"posts:edit\"}",
            admin);
    assertThat(granted.json().getString("detail"))
        .isEqualTo("Permission 'posts:edit' assigned to role '" + role + "'.");
    http.post(
        AUTH + "/admin/assign-permission",
        "{\"role\":\"" + role + "\",\"permission\":\"posts:create\"}",
        admin);
    assertThat(http.get(AUTH + "/admin/role-permissions/" + role, admin).body())
        .isEqualTo("[\"posts:create\",\"posts:edit\"]");
    assertThat(http.get(AUTH + "/admin/role-permissions/unknown-role", admin).body())
        .isEqualTo("[]");

    Http.Reply withdrawn =
        http.post(
            AUTH + "/admin/remove-permission",
            "{\"role\":\"" + role + "\",\"permission\":\"posts:edit\"}",
            admin);
    assertThat(withdrawn.json().getString("detail"))
        .isEqualTo("Permission 'posts:edit' removed from role '" + role + "'.");
    Http.Reply removed =
        http.post(
            AUTH + "/admin/remove-role",
            "{\"user_id\":\"" + id + "\",\"role\":\"" + role + "\"}",
            admin);
    assertThat(removed.json().getString("detail"))
        .isEqualTo("Role '" + role + "' removed from user " + id + ".");
  }

  @Test
  void applicationResources_followTheStoredRoles_onTheNextRequest() {
    JsonObject user = Accounts.registerAndLogIn(http, Accounts.newEmail());
    String token = user.getString("access_token");
    String id = user.getJsonObject("user").getString("id");
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    assertThat(http.get("/api/test/guarded/editor", null).status()).isEqualTo(401);
    Http.Reply anonymousJakarta = http.get("/api/test/jakarta", null);
    assertThat(anonymousJakarta.status()).isEqualTo(401);
    assertThat(anonymousJakarta.json().getString("detail"))
        .isEqualTo("Could not validate credentials");
    assertThat(anonymousJakarta.header("WWW-Authenticate")).contains("Bearer");
    Http.Reply notYetEditor = http.get("/api/test/jakarta", token);
    assertThat(notYetEditor.status()).as(notYetEditor.toString()).isEqualTo(403);
    assertThat(notYetEditor.json().getString("detail")).isEqualTo("Not enough permissions");
    assertThat(http.get("/api/test/guarded/editor", token).status()).isEqualTo(403);
    assertThat(http.get("/api/test/guarded/staff", token).status()).isEqualTo(403);

    // Granted while the same access token is in use: applies at once, no new login.
    assignRole(admin, id, "editor");
    Http.Reply editor = http.get("/api/test/guarded/editor", token);
    assertThat(editor.status()).isEqualTo(200);
    assertThat(editor.body()).isEqualTo("editor " + id + " true");
    assertThat(http.get("/api/test/guarded/staff", token).status())
        .as("class guard: staff")
        .isEqualTo(403);

    // Jakarta's @RolesAllowed, enforced by the container through FullAuth's mechanism.
    Http.Reply jakarta = http.get("/api/test/jakarta", token);
    assertThat(jakarta.status()).as(jakarta.toString()).isEqualTo(200);
    assertThat(jakarta.body()).isEqualTo("jakarta editor " + id);

    // Permissions: the union over the user's roles.
    String writer = "writer-" + suffix;
    String chief = "chief-" + suffix;
    http.post(
        AUTH + "/admin/assign-permission",
        "{\"role\":\"" + writer + "\",\"permission\":\"posts:write\"}",
        admin);
    http.post(
        AUTH + "/admin/assign-permission",
        "{\"role\":\"" + chief + "\",\"permission\":\"posts:admin\"}",
        admin);
    assignRole(admin, id, writer);
    assertThat(http.get("/api/test/guarded/publish", token).status()).isEqualTo(403);
    assignRole(admin, id, chief);
    assertThat(http.get("/api/test/guarded/publish", token).status()).isEqualTo(200);

    // Removed: refused on the next request.
    http.post(
        AUTH + "/admin/remove-role", "{\"user_id\":\"" + id + "\",\"role\":\"editor\"}", admin);
    assertThat(http.get("/api/test/guarded/editor", token).status()).isEqualTo(403);
    http.post(
        AUTH + "/admin/remove-role",
        "{\"user_id\":\"" + id + "\",\"role\":\"" + chief + "\"}",
        admin);
    assertThat(http.get("/api/test/guarded/publish", token).status()).isEqualTo(403);

    // Superusers pass every guard.
    assertThat(http.get("/api/test/guarded/editor", admin).status()).isEqualTo(200);
    assertThat(http.get("/api/test/guarded/publish", admin).status()).isEqualTo(200);
    assertThat(http.get("/api/test/guarded/staff", admin).status()).isEqualTo(200);

    // The token's roles claim is refreshed on the next refresh.
    String refreshed =
        http.post(AUTH + "/refresh", Accounts.refreshBody(user.getString("refresh_token")))
            .json()
            .getString("access_token");
    assertThat(claims(refreshed))
        .contains("\"roles\":[\"" + writer + "\"]")
        .contains("\"groups\":[\"" + writer + "\"]");
  }

  private static String claims(String jwt) {
    return new String(
        java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
