package dev.fullauth.domain.oauth;

import dev.fullauth.domain.shared.AuthException;

/** The path names a provider that is not in {@code FULLAUTH_OAUTH_PROVIDERS}. */
public final class OAuthProviderNotConfiguredException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param provider the name from the path, shown to the client as the anchor does
   */
  public OAuthProviderNotConfiguredException(String provider) {
    super("OAuth provider '" + provider + "' not configured");
  }
}
