package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenIssuer;
import dev.fullauth.application.port.out.TokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Issues opaque random tokens and remembers their claims: the signature is replaced by lookup,
 * expiry is checked against the clock with the given leeway, as the real verifier does.
 */
public final class FakeTokens implements TokenIssuer, TokenVerifier {
  private final Map<String, TokenClaims> issued = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Supplier<Duration> leeway;

  /** Tokens that expire exactly at {@code exp}. */
  public FakeTokens(Clock clock) {
    this(clock, () -> Duration.ZERO);
  }

  /** Tokens accepted until {@code exp} plus the leeway the supplier names at verification time. */
  public FakeTokens(Clock clock, Supplier<Duration> leeway) {
    this.clock = clock;
    this.leeway = leeway;
  }

  @Override
  public String issue(TokenClaims claims) {
    String token = "tok-" + UUID.randomUUID();
    issued.put(token, claims);
    return token;
  }

  @Override
  public String rotateSigningKey() {
    return "rotated";
  }

  @Override
  public String publicKeySet() {
    return "{\"keys\":[]}";
  }

  @Override
  public TokenClaims verify(String token) {
    TokenClaims claims = issued.get(token);
    if (claims == null) {
      throw new InvalidTokenException("unknown token");
    }
    if (claims.expiresAt().plus(leeway.get()).isBefore(clock.instant())) {
      throw new InvalidTokenException("expired");
    }
    return claims;
  }

  /**
   * @return the claims behind an issued token
   */
  public TokenClaims claimsOf(String token) {
    return issued.get(token);
  }

  /** Makes a token as if it had been issued with these claims. */
  public String forge(TokenClaims claims) {
    return issue(claims);
  }
}
