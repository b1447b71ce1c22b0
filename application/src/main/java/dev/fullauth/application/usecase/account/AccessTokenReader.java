package dev.fullauth.application.usecase.account;

import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.port.out.TokenVerifier;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Reads a session access token without touching the user store (anchor §1.3 steps 2–3): valid
 * signature and times, token id not revoked (checked before the type, as the anchor does), type
 * access, no purpose, session not revoked (CONTRACT.md item 11).
 */
@Dependent
public class AccessTokenReader {
  private final TokenVerifier verifier;
  private final RevocationList revocations;

  @Inject
  public AccessTokenReader(TokenVerifier verifier, RevocationList revocations) {
    this.verifier = verifier;
    this.revocations = revocations;
  }

  /**
   * @param token the presented token
   * @return its claims
   * @throws InvalidCredentialsException for every failure
   */
  public TokenClaims read(String token) {
    TokenClaims claims;
    try {
      claims = verifier.verify(token);
    } catch (InvalidTokenException e) {
      throw new InvalidCredentialsException("access token invalid: " + e.getMessage());
    }
    if (revocations.isTokenRevoked(claims.jti())) {
      throw new InvalidCredentialsException("access token revoked");
    }
    if (claims.type() != TokenType.ACCESS) {
      throw new InvalidCredentialsException("not an access token");
    }
    if (claims.hasPurpose()) {
      throw new InvalidCredentialsException("purpose token used as access token");
    }
    if (claims
        .session()
        .filter(SessionId::isWellFormed)
        .map(SessionId::new)
        .filter(revocations::isSessionRevoked)
        .isPresent()) {
      throw new InvalidCredentialsException("session revoked");
    }
    return claims;
  }
}
