package dev.fullauth.adapter.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code fullauth_refresh_tokens}; {@code token} holds the SHA-256 hex digest only. */
@Entity
@Table(name = "fullauth_refresh_tokens")
class RefreshTokenJpaEntity {
  @Id UUID id;

  @Column(name = "token", nullable = false, length = 512)
  String tokenHash;

  @Column(name = "user_id", nullable = false)
  UUID userId;

  @Column(name = "family_id", nullable = false, length = 36)
  String familyId;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(nullable = false)
  boolean revoked;

  /** When the token stopped being live (rotated or revoked); null while live. */
  @Column(name = "revoked_at")
  Instant revokedAt;

  @Column(name = "user_agent", length = 512)
  String userAgent;

  @Column(name = "ip_address", length = 45)
  String ipAddress;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Override
  public String toString() {
    return "RefreshTokenJpaEntity[id=" + id + ", family=" + familyId + "]";
  }
}
