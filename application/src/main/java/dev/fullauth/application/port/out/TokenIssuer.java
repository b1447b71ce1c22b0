package dev.fullauth.application.port.out;

/** Signs tokens with the active key and publishes the keys that verify them. */
public interface TokenIssuer {
  /**
   * @return the compact, signed encoding of the claims
   */
  String issue(TokenClaims claims);

  /**
   * @return the public keys as a JWK Set JSON document (empty set for symmetric algorithms)
   */
  String publicKeySet();

  /**
   * Replaces the signing key now; tokens signed with the previous keys stay valid until they
   * expire.
   *
   * @return the new key id
   * @throws IllegalStateException when the algorithm's key cannot rotate (HMAC: the secret)
   */
  String rotateSigningKey();
}
