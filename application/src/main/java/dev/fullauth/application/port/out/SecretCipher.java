package dev.fullauth.application.port.out;

/**
 * Encrypts secrets that must be stored but never in plain text, such as an OAuth provider's tokens.
 * Sealed values are authenticated: a tampered value does not open.
 */
public interface SecretCipher {
  /**
   * @return the sealed (encrypted, authenticated, printable) form of {@code plain}
   */
  String seal(String plain);

  /**
   * @return the plain text
   * @throws IllegalArgumentException when the value was not sealed with this key or was altered
   */
  String open(String sealed);
}
