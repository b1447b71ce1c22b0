package dev.fullauth.application.port.out;

/**
 * Checks a token's signature, algorithm, issuer, audience and time claims (anchor §3.4 step 1,
 * CONTRACT.md items 2, 12, 13). Type, purpose and revocation are the caller's checks.
 */
public interface TokenVerifier {
  /**
   * @param token a compact token as received, may be anything
   * @return its claims
   * @throws InvalidTokenException for any problem; the message is for logs only
   */
  TokenClaims verify(String token);
}
