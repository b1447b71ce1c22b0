package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenIssuer;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.port.out.TokenVerifier;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Purpose-scoped tokens (anchor §3.8): access-typed JWTs with {@code extra.purpose}, no session, no
 * roles, refused everywhere else. Single use: the token id is revoked when the token is resolved to
 * an account. A password-reset token is also bound to the password it replaces ({@code extra.pwh}),
 * so it dies with the first reset even if the shared revocation list is lost.
 */
@Dependent
public class PurposeTokens {
  /** {@code extra.purpose} of e-mail verification tokens. */
  public static final String EMAIL_VERIFY = "email_verify";

  /** {@code extra.purpose} of password-reset tokens. */
  public static final String PASSWORD_RESET = "password_reset";

  private final TokenIssuer issuer;
  private final TokenVerifier verifier;
  private final RevocationList revocations;
  private final UserRepository users;
  private final TokenPolicy policy;
  private final Clock clock;

  @Inject
  public PurposeTokens(
      TokenIssuer issuer,
      TokenVerifier verifier,
      RevocationList revocations,
      UserRepository users,
      TokenPolicy policy,
      Clock clock) {
    this.issuer = issuer;
    this.verifier = verifier;
    this.revocations = revocations;
    this.users = users;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @return a signed token for this account and purpose
   */
  public String mint(User user, String purpose, Duration ttl) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> extra =
        PASSWORD_RESET.equals(purpose)
            ? Map.of("purpose", purpose, "pwh", passwordFingerprint(user))
            : Map.of("purpose", purpose);
    return issuer.issue(
        new TokenClaims(
            user.id().toString(),
            TokenType.ACCESS,
            TimeOrderedIds.randomHex128(),
            now,
            now.plus(ttl),
            List.of(),
            extra,
            null,
            null));
  }

  /**
   * Checks a token without consuming it: signature, times, access type, this purpose, not used.
   *
   * @throws InvalidCredentialsException on any failure
   */
  public TokenClaims read(String token, String purpose) {
    TokenClaims claims;
    try {
      claims = verifier.verify(token);
    } catch (InvalidTokenException e) {
      throw new InvalidCredentialsException(purpose + " token invalid: " + e.getMessage());
    }
    if (revocations.isTokenRevoked(claims.jti())) {
      throw new InvalidCredentialsException(purpose + " token already used");
    }
    if (claims.type() != TokenType.ACCESS
        || !claims.purpose().filter(purpose::equals).isPresent()) {
      throw new InvalidCredentialsException("not a " + purpose + " token");
    }
    return claims;
  }

  /**
   * Resolves a read token to its account and consumes it (anchor order: the token is burnt once an
   * existing account is found, then an inactive account is refused).
   *
   * @throws InvalidCredentialsException for an unknown or deleted account (CONTRACT.md item 5), a
   *     password that changed since a reset token was minted, or an inactive account
   */
  public User consume(TokenClaims claims) {
    UserId id =
        UserId.parse(claims.subject())
            .orElseThrow(
                () -> new InvalidCredentialsException("purpose token subject is not a user id"));
    User user =
        users
            .findById(id)
            .orElseThrow(() -> new InvalidCredentialsException("account no longer exists"));
    // The verifier accepts the token for the leeway after exp: the single use must outlast that.
    revocations.revokeToken(
        claims.jti(), policy.tokenRevocationEnd(claims.expiresAt(), clock.instant()));
    Object pwh = claims.extra().get("pwh");
    if (pwh != null && !passwordFingerprint(user).equals(pwh)) {
      throw new InvalidCredentialsException("password changed since the reset token was issued");
    }
    if (!user.isActive()) {
      throw new InvalidCredentialsException("account inactive");
    }
    return user;
  }

  private static String passwordFingerprint(User user) {
    String hash = user.passwordHash().map(PasswordHash::encoded).orElse("");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(hash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
