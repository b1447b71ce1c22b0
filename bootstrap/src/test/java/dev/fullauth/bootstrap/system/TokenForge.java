package dev.fullauth.bootstrap.system;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.UnaryOperator;

/**
 * Signs arbitrary claims with the server's real private key, read from its database, so that the
 * tests can present tokens that only a flaw in the server's own checks would accept.
 */
final class TokenForge {
  private final ECKey key;

  private TokenForge(ECKey key) {
    this.key = key;
  }

  static TokenForge fromServerDatabase() throws Exception {
    try (Connection c = SystemTestDeployment.Db.connect(true);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT private_jwk FROM fullauth_signing_keys WHERE algorithm = 'ES256' ORDER BY created_at DESC")) {
      if (!rs.next()) {
        throw new IllegalStateException("the server has no signing key yet");
      }
      return new TokenForge((ECKey) JWK.parse(opened(rs.getString(1))));
    }
  }

  /**
   * Stored keys are sealed with a key derived from FULLAUTH_SECRET_KEY (the deployment's, in the
   * environment of the tests too); a test that can read the database and knows the secret can open
   * them, as the server does.
   */
  static String opened(String stored) {
    return stored.startsWith("{")
        ? stored
        : new dev.fullauth.adapter.security.cipher.AesGcmSecretCipher(
                System.getenv("FULLAUTH_SECRET_KEY"))
            .open(stored);
  }

  ECKey key() {
    return key;
  }

  /** Re-signs a genuine token after changing its claims. */
  String resign(String genuine, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(genuine).getJWTClaimsSet();
    return sign(change.apply(new JWTClaimsSet.Builder(claims)).build());
  }

  String sign(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }
}
