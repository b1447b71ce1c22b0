package dev.fullauth.domain.oauth;

import java.util.Objects;

/**
 * Who an OAuth provider says the user is (anchor §6.1 "user info").
 *
 * @param provider the configured provider name, e.g. {@code google}
 * @param providerUserId the provider's stable user id ({@code sub} or GitHub's numeric id)
 * @param email the address the provider reports, or null when it gave none
 * @param emailVerified whether the provider vouches for the address
 * @param name display name, or null
 * @param picture picture URL, or null
 */
public record ExternalIdentity(
    String provider,
    String providerUserId,
    String email,
    boolean emailVerified,
    String name,
    String picture) {
  /** Longest provider user id the link table stores (anchor §12). */
  public static final int PROVIDER_USER_ID_MAX = 320;

  public ExternalIdentity {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerUserId, "providerUserId");
    if (providerUserId.isBlank() || providerUserId.length() > PROVIDER_USER_ID_MAX) {
      throw new IllegalArgumentException("provider user id must have 1-320 characters");
    }
  }
}
