package dev.fullauth.adapter.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code fullauth_users}. */
@Entity
@Table(name = "fullauth_users")
class UserJpaEntity {
  @Id UUID id;

  @Column(nullable = false, length = 320)
  String email;

  @Column(name = "hashed_password", length = 512)
  String hashedPassword;

  @Column(name = "is_active", nullable = false)
  boolean active;

  @Column(name = "is_verified", nullable = false)
  boolean verified;

  @Column(name = "is_superuser", nullable = false)
  boolean superuser;

  @Column(name = "display_name", length = 200)
  String displayName;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Override
  public String toString() {
    return "UserJpaEntity[id=" + id + "]";
  }
}
