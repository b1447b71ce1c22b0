package dev.fullauth.adapter.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenIssuer;
import java.util.Date;

/**
 * Signs FullAuth tokens as compact JWS with a {@code kid} header. Claims: the anchor's ({@code sub,
 * exp, iat, jti, type, roles, extra, family_id}) plus {@code iss}, {@code aud} when configured,
 * {@code groups} (= roles, for MicroProfile JWT) and {@code upn} (CONTRACT.md item 2).
 */
public final class JwtTokenIssuer implements TokenIssuer {
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
    settings.aud().ifPresent(body::audience);
    if (claims.type() == dev.fullauth.application.port.out.TokenType.ACCESS) {
      body.claim("roles", claims.roles()).claim("groups", claims.roles()).claim("extra", claims.extra());
    }
    claims.session().ifPresent(s -> body.claim("family_id", s));
    if (claims.email() != null) {
      body.claim("upn", claims.email());
    }
    JWK key = keys.activeKey();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.parse(settings.algorithm()))
            .type(JOSEObjectType.JWT)
            .keyID(key.getKeyID())
            .build();
    SignedJWT jwt = new SignedJWT(header, body.build());
    try {
      jwt.sign(signer(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("token signing failed", e);
    }
    return jwt.serialize();
  }

  @Override
  public String publicKeySet() {
    return keys.publicJwkSet();
  }

  private static JWSSigner signer(JWK key) throws JOSEException {
    if (key instanceof ECKey ec) {
      return new ECDSASigner(ec);
    }
    if (key instanceof RSAKey rsa) {
      return new RSASSASigner(rsa);
    }
    if (key instanceof OctetSequenceKey oct) {
      return new MACSigner(oct);
    }
    throw new IllegalStateException("unsupported key type " + key.getKeyType());
  }
}
