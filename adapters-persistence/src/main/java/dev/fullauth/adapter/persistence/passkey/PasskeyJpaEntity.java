package dev.fullauth.adapter.persistence.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code fullauth_passkeys}; {@code transports} is comma-joined as in the anchor. */
@Entity
@Table(name = "fullauth_passkeys")
class PasskeyJpaEntity {
  @Id UUID id;

  @Column(name = "user_id", nullable = false)
  UUID userId;

  @Column(name = "credential_id", nullable = false, length = 512)
  String credentialId;

  @Column(name = "public_key", nullable = false)
  String publicKey;

  @Column(name = "sign_count", nullable = false)
  long signCount;

  @Column(name = "device_name", nullable = false, length = 200)
  String deviceName;

  @Column(nullable = false, length = 200)
  String transports;

  @Column(name = "backed_up", nullable = false)
  boolean backedUp;

  @Column(name = "backup_eligible", nullable = false)
  boolean backupEligible;

  @Column(name = "uv_initialized", nullable = false)
  boolean uvInitialized;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "last_used_at")
  Instant lastUsedAt;

  @Override
  public String toString() {
    return "PasskeyJpaEntity[id=" + id + "]";
  }
}
