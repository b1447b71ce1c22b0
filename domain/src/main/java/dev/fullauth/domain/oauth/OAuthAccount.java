package dev.fullauth.domain.oauth;

import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A link between a local account and an identity at a provider (anchor §12 {@code
 * fullauth_oauth_accounts}). The provider's tokens are kept only in sealed (encrypted) form and
 * never appear in {@link #toString()}.
 *
 * @param id row id
 * @param userId the local account
 * @param provider provider name
 * @param providerUserId the provider's user id
 * @param providerEmail the address the provider reported at the last login, or null
 * @param sealedAccessToken the provider's access token, encrypted, or null
 * @param sealedRefreshToken the provider's refresh token, encrypted, or null
 * @param createdAt when the link was made
 */
public record OAuthAccount(
    UUID id,
    UserId userId,
    String provider,
    String providerUserId,
    String providerEmail,
    String sealedAccessToken,
    String sealedRefreshToken,
    Instant createdAt) {
  public OAuthAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerUserId, "providerUserId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * @return this link with the tokens and address of a newer login
   */
  public OAuthAccount refreshed(String email, String sealedAccess, String sealedRefresh) {
    return new OAuthAccount(
        id, userId, provider, providerUserId, email, sealedAccess, sealedRefresh, createdAt);
  }

  @Override
  public String toString() {
    return "OAuthAccount[id=" + id + ", userId=" + userId + ", provider=" + provider + "]";
  }
}
