package dev.fullauth.adapter.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.port.out.TokenVerifier;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies FullAuth tokens (anchor §3.4 step 1; CONTRACT.md items 2, 12, 13).
 *
 * <ul>
 *   <li>The header's {@code alg} must be exactly the configured one: this refuses {@code none}
 *       (which does not even parse as a JWS) and algorithm confusion such as an HS256 token signed
 *       with an ES256 public key.
 *   <li>{@code jku}, {@code x5u} and {@code jwk} headers are ignored: keys come only from our ring,
 *       by {@code kid}.
 *   <li>{@code exp}, {@code iat} and {@code sub} are required; {@code exp} and {@code nbf} allow
 *       the leeway, an {@code iat} beyond it in the future is refused.
 *   <li>{@code iss} must be ours; only in HMAC mode may it be absent (anchor-format tokens). {@code
 *       aud} must contain ours when one is configured (access tokens only: the other types carry
 *       none).
 *   <li>The {@code typ} header must match the token's kind ({@link JwtTokenIssuer#typeOf}); a plain
 *       {@code JWT} is also taken for refresh and purpose tokens signed before explicit typing and
 *       for anchor-format tokens.
 * </ul>
 */
public final class JwtTokenVerifier implements TokenVerifier {
  private final JwtSettings settings;
  private final SigningKeyRing keys;
  private final Clock clock;
  private final JWSAlgorithm algorithm;

  public JwtTokenVerifier(JwtSettings settings, SigningKeyRing keys, Clock clock) {
    this.settings = settings;
    this.keys = keys;
    this.clock = clock;
    this.algorithm = JWSAlgorithm.parse(settings.algorithm());
  }

  @Override
  public TokenClaims verify(String token) {
    if (token == null || token.isEmpty() || token.length() > 16_384) {
      throw new InvalidTokenException("empty or oversized token");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new InvalidTokenException("not a signed JWT");
    }
    if (!algorithm.equals(jwt.getHeader().getAlgorithm())) {
      throw new InvalidTokenException("unexpected algorithm " + jwt.getHeader().getAlgorithm());
    }
    JWSVerifier verifier =
        keys.verifier(jwt.getHeader().getKeyID())
            .orElseThrow(() -> new InvalidTokenException("unknown key id"));
    try {
      if (!jwt.verify(verifier)) {
        throw new InvalidTokenException("bad signature");
      }
    } catch (JOSEException e) {
      throw new InvalidTokenException("signature check failed");
    }
    TokenClaims read = readClaims(claims);
    JOSEObjectType typ = jwt.getHeader().getType();
    JOSEObjectType expected = JwtTokenIssuer.typeOf(read);
    boolean legacy = typ == null || JOSEObjectType.JWT.equals(typ);
    if (!(legacy || expected.equals(typ))) {
      throw new InvalidTokenException("typ header does not match the token kind");
    }
    if (expected == JOSEObjectType.JWT
        && settings.aud().isPresent()
        && (claims.getAudience() == null || !claims.getAudience().contains(settings.aud().get()))) {
      throw new InvalidTokenException("wrong audience");
    }
    return read;
  }

  private TokenClaims readClaims(JWTClaimsSet claims) {
    try {
      Instant now = clock.instant();
      Date exp = claims.getExpirationTime();
      Date iat = claims.getIssueTime();
      String sub = claims.getStringClaim("sub");
      if (exp == null || iat == null || sub == null) {
        throw new InvalidTokenException("missing exp, iat or sub");
      }
      if (exp.toInstant().plus(settings.leeway()).isBefore(now)) {
        throw new InvalidTokenException("expired");
      }
      if (iat.toInstant().minus(settings.leeway()).isAfter(now)) {
        throw new InvalidTokenException("issued in the future");
      }
      Date nbf = claims.getNotBeforeTime();
      if (nbf != null && nbf.toInstant().minus(settings.leeway()).isAfter(now)) {
        throw new InvalidTokenException("not yet valid");
      }
      String iss = claims.getStringClaim("iss");
      if (iss == null ? !settings.symmetric() : !iss.equals(settings.issuer())) {
        throw new InvalidTokenException("wrong or missing issuer");
      }
      TokenType type = TokenType.fromClaim(claims.getStringClaim("type"));
      if (type == null) {
        throw new InvalidTokenException("unknown token type");
      }
      String jti = claims.getStringClaim("jti");
      Map<String, Object> extra =
          claims.getClaim("extra") instanceof Map<?, ?>
              ? claims.getJSONObjectClaim("extra")
              : Map.of();
      return new TokenClaims(
          sub,
          type,
          jti == null ? "" : jti,
          iat.toInstant(),
          exp.toInstant(),
          stringList(claims.getClaim("roles")),
          withoutNulls(extra),
          claims.getClaim("family_id") instanceof String f ? f : null,
          claims.getClaim("upn") instanceof String u ? u : null);
    } catch (ParseException e) {
      throw new InvalidTokenException("malformed claim");
    }
  }

  private static List<String> stringList(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    Map<String, Object> out = new HashMap<>();
    map.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            out.put(k, v);
          }
        });
    return out;
  }
}
