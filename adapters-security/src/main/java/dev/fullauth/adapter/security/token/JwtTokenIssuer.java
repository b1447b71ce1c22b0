package dev.fullauth.adapter.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenIssuer;
import dev.fullauth.application.port.out.TokenType;
import java.util.Date;

/**
 * Signs FullAuth tokens as compact JWS with a {@code kid} header. Claims: the anchor's ({@code sub,
 * exp, iat, jti, type, roles, extra, family_id}) plus {@code iss}, {@code aud} when configured,
 * {@code groups} (= roles, for MicroProfile JWT) and {@code upn}.
 *
 * <p>Only access tokens look like what a MicroProfile JWT service accepts: {@code typ: JWT} and the
 * configured audience. Refresh tokens and purpose tokens (e-mail verification, password reset)
 * carry their own {@code typ} ({@link #REFRESH_TYPE}, {@link #PURPOSE_TYPE}; RFC 8725 §3.11
 * explicit typing) and no audience, so a resource server refuses them as bearer credentials
 * (README, "Security behaviour of the core flows").
 */
public final class JwtTokenIssuer implements TokenIssuer {
  /** {@code typ} header of refresh tokens. */
  public static final JOSEObjectType REFRESH_TYPE = new JOSEObjectType("fullauth-refresh+jwt");

  /** {@code typ} header of purpose tokens (e-mail verification, password reset). */
  public static final JOSEObjectType PURPOSE_TYPE = new JOSEObjectType("fullauth-purpose+jwt");

  private final JwtSettings settings;
  private final SigningKeyRing keys;

  public JwtTokenIssuer(JwtSettings settings, SigningKeyRing keys) {
    this.settings = settings;
    this.keys = keys;
  }

  @Override
  public String issue(TokenClaims claims) {
    JWTClaimsSet.Builder body =
        new JWTClaimsSet.Builder()
            .subject(claims.subject())
            .issuer(settings.issuer())
            .issueTime(Date.from(claims.issuedAt()))
            .expirationTime(Date.from(claims.expiresAt()))
            .jwtID(claims.jti())
            .claim("type", claims.type().claim());
    JOSEObjectType typ = typeOf(claims);
    if (typ == JOSEObjectType.JWT) {
      settings.aud().ifPresent(body::audience);
    }
    if (claims.type() == TokenType.ACCESS) {
      body.claim("roles", claims.roles())
          .claim("groups", claims.roles())
          .claim("extra", claims.extra());
    }
    claims.session().ifPresent(s -> body.claim("family_id", s));
    if (claims.email() != null) {
      body.claim("upn", claims.email());
    }
    // Key id and signer from the same load: a rotation in between cannot mismatch them.
    SigningKeyRing.ActiveKey active = keys.active();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.parse(settings.algorithm()))
            .type(typ)
            .keyID(active.key().getKeyID())
            .build();
    SignedJWT jwt = new SignedJWT(header, body.build());
    try {
      jwt.sign(active.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("token signing failed", e);
    }
    return jwt.serialize();
  }

  /**
   * @return the {@code typ} header a token with these claims gets
   */
  static JOSEObjectType typeOf(TokenClaims claims) {
    if (claims.type() == TokenType.REFRESH) {
      return REFRESH_TYPE;
    }
    return claims.hasPurpose() ? PURPOSE_TYPE : JOSEObjectType.JWT;
  }

  @Override
  public String rotateSigningKey() {
    return keys.rotate();
  }

  @Override
  public String publicKeySet() {
    return keys.publicJwkSet();
  }
}
