package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rotating the signing key now: new tokens, new kid; old tokens keep working. */
@ExtendWith(ArquillianExtension.class)
class KeyRotationIT {
  private final Http http = Http.forSystemTests();

  @Test
  void rotation_keepsOldTokensValid_andPublishesBothKeys() throws Exception {
    String email = Accounts.newEmail();
    JsonObject before = Accounts.registerAndLogIn(http, email);
    String oldKid = SignedJWT.parse(before.getString("access_token")).getHeader().getKeyID();
    String admin =
        Accounts.logIn(http, "admin@fullauth.test", "admin-password-for-tests")
            .getString("access_token");

    assertThat(
            http.post(AUTH + "/admin/keys/rotate", null, before.getString("access_token")).status())
        .isEqualTo(403);
    assertThat(http.post(AUTH + "/admin/keys/rotate", null).status()).isEqualTo(401);
    Http.Reply rotated = http.post(AUTH + "/admin/keys/rotate", null, admin);
    assertThat(rotated.status()).isEqualTo(200);
    String newKid = rotated.json().getString("kid");
    assertThat(newKid).isNotEqualTo(oldKid);

    JsonObject after = Accounts.logIn(http, email, Accounts.PASSWORD);
    assertThat(SignedJWT.parse(after.getString("access_token")).getHeader().getKeyID())
        .isEqualTo(newKid);
    assertThat(http.get(AUTH + "/me", before.getString("access_token")).status()).isEqualTo(200);
    assertThat(http.get(AUTH + "/me", after.getString("access_token")).status()).isEqualTo(200);
    Http.Reply refreshed =
        http.post(AUTH + "/refresh", Accounts.refreshBody(before.getString("refresh_token")));
    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(SignedJWT.parse(refreshed.json().getString("access_token")).getHeader().getKeyID())
        .isEqualTo(newKid);

    JWKSet jwks = JWKSet.parse(http.get(AUTH + "/.well-known/jwks.json", null).body());
    assertThat(jwks.getKeyByKeyId(oldKid)).isNotNull();
    assertThat(jwks.getKeyByKeyId(newKid)).isNotNull();
  }

  /** A database dump alone must not be able to sign tokens. */
  @Test
  void privateKeys_areStoredSealed() throws Exception {
    try (java.sql.Connection c = SystemTestDeployment.Db.connect(true);
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rows = s.executeQuery("SELECT private_jwk FROM fullauth_signing_keys")) {
      int count = 0;
      while (rows.next()) {
        count++;
        String stored = rows.getString(1);
        assertThat(stored).startsWith("v1.").doesNotContain("\"d\"");
        assertThat(TokenForge.opened(stored)).contains("\"d\"");
      }
      assertThat(count).isPositive();
    }
  }
}
