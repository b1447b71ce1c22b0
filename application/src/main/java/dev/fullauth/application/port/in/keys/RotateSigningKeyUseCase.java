package dev.fullauth.application.port.in.keys;

/**
 * Rotates the signing key now: new tokens use the new {@code kid}; tokens signed with previous keys
 * stay valid until they expire, and the JWKS keeps those keys until then.
 */
public interface RotateSigningKeyUseCase {
  /**
   * @return the new key id
   * @throws IllegalStateException for HMAC algorithms, whose key is the configured secret
   */
  String rotate();
}
