package dev.fullauth.adapter.persistence.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code fullauth_signing_keys}. */
@Entity
@Table(name = "fullauth_signing_keys")
class SigningKeyJpaEntity {
  @Id
  @Column(length = 64)
  String kid;

  @Column(nullable = false, length = 16)
  String algorithm;

  @Column(name = "private_jwk", nullable = false, length = 8192)
  String privateJwk;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Override
  public String toString() {
    return "SigningKeyJpaEntity[kid=" + kid + "]";
  }
}
