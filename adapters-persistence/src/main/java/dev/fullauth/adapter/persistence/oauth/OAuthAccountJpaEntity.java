package dev.fullauth.adapter.persistence.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code fullauth_oauth_accounts}; the token columns hold sealed values only. */
@Entity
@Table(name = "fullauth_oauth_accounts")
class OAuthAccountJpaEntity {
  @Id UUID id;

  @Column(nullable = false, length = 50)
  String provider;

  @Column(name = "provider_user_id", nullable = false, length = 320)
  String providerUserId;

  @Column(name = "user_id", nullable = false)
  UUID userId;

  @Column(name = "provider_email", length = 320)
  String providerEmail;

  @Column(name = "access_token")
  String accessToken;

  @Column(name = "refresh_token")
  String refreshToken;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Override
  public String toString() {
    return "OAuthAccountJpaEntity[id=" + id + ", provider=" + provider + "]";
  }
}
