package dev.fullauth.application.port.in.keys;

/** Publishes the public keys that verify FullAuth tokens (CONTRACT.md §3, JWKS). */
public interface PublishSigningKeysUseCase {
  /**
   * @return a JWK Set JSON document with public keys only
   */
  String publicKeySet();
}
