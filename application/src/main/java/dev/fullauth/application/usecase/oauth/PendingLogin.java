package dev.fullauth.application.usecase.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the server remembers about an authorization round trip between step 1 and step 3, stored in
 * the one-time store under a digest of the state. The PKCE verifier and the nonce never leave the
 * server except towards the provider (CONTRACT.md item 4).
 *
 * @param provider the provider the state was minted for
 * @param redirectUri the redirect URI of the authorization request
 * @param codeVerifier the PKCE verifier
 * @param nonce the OpenID Connect nonce
 * @param bindingHash SHA-256 of the browser binding, base64url
 */
record PendingLogin(
    String provider, String redirectUri, String codeVerifier, String nonce, String bindingHash) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  /**
   * @return the store key of a state; the state itself is not kept as a key
   */
  static String key(String state) {
    return "oauth:" + HexFormat.of().formatHex(sha256(state));
  }

  /**
   * @return 32 random bytes, base64url (43 characters, also a valid PKCE verifier)
   */
  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return B64.encodeToString(bytes);
  }

  /**
   * @return SHA-256 of the value, base64url
   */
  static String hash(String value) {
    return B64.encodeToString(sha256(value));
  }

  /** Compares a presented binding with the stored hash in constant time. */
  boolean boundTo(String binding) {
    return binding != null
        && MessageDigest.isEqual(
            hash(binding).getBytes(StandardCharsets.US_ASCII),
            bindingHash.getBytes(StandardCharsets.US_ASCII));
  }

  String encode() {
    return String.join(
        ".", enc(provider), enc(redirectUri), enc(codeVerifier), enc(nonce), enc(bindingHash));
  }

  static Optional<PendingLogin> decode(String encoded) {
    String[] parts = encoded.split("\\.", -1);
    if (parts.length != 5) {
      return Optional.empty();
    }
    return Optional.of(
        new PendingLogin(
            dec(parts[0]), dec(parts[1]), dec(parts[2]), dec(parts[3]), dec(parts[4])));
  }

  @Override
  public String toString() {
    return "PendingLogin[provider=" + provider + ", redirectUri=" + redirectUri + "]";
  }

  private static String enc(String value) {
    return B64.encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static String dec(String value) {
    return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }
}
