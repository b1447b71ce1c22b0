package dev.fullauth.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of a FullAuth token, independent of its encoding (anchor §3.2, §3.3; CONTRACT.md item
 * 2). {@code iss}, {@code aud} and {@code groups} are added by the issuer from configuration.
 *
 * @param subject {@code sub}: the user id, or a fixed text for state tokens
 * @param type {@code type}
 * @param jti token id, 32 hex characters
 * @param issuedAt {@code iat}
 * @param expiresAt {@code exp}
 * @param roles role names at issue time (informational)
 * @param extra custom claims, including {@code purpose} for purpose-scoped tokens
 * @param sessionId {@code family_id}, may be null
 * @param email {@code upn}, may be null
 */
public record TokenClaims(
    String subject,
    TokenType type,
    String jti,
    Instant issuedAt,
    Instant expiresAt,
    List<String> roles,
    Map<String, Object> extra,
    String sessionId,
    String email) {
  public TokenClaims {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(jti, "jti");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    roles = List.copyOf(roles);
    extra = Map.copyOf(extra);
  }

  /**
   * @return {@code family_id}, when the token belongs to a session
   */
  public Optional<String> session() {
    return Optional.ofNullable(sessionId);
  }

  /**
   * @return {@code extra.purpose} when it is a non-empty string
   */
  public Optional<String> purpose() {
    return extra.get("purpose") instanceof String p && !p.isEmpty()
        ? Optional.of(p)
        : Optional.empty();
  }

  /**
   * @return whether {@code extra.purpose} is set to anything truthy (anchor §3.4)
   */
  public boolean hasPurpose() {
    Object p = extra.get("purpose");
    return p != null && !Boolean.FALSE.equals(p) && !"".equals(p);
  }
}
