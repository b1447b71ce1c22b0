package dev.fullauth.application.port.in.oauth;

import dev.fullauth.domain.oauth.InvalidRedirectUriException;
import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;

/** Step 1 of the redirect flow: mints a state and returns the provider's authorization URL. */
public interface StartOAuthLoginUseCase {
  /**
   * Stores the state with its PKCE verifier, nonce, redirect URI, provider and the hash of a new
   * browser binding in the shared one-time store.
   *
   * @param provider provider name from the path
   * @param redirectUri must be exactly one of the provider's configured URIs
   * @return the URL and the binding for the browser's {@code fullauth_oauth} cookie
   * @throws OAuthProviderNotConfiguredException for an unknown provider
   * @throws InvalidRedirectUriException for a URI outside the allow-list
   */
  OAuthAuthorization start(String provider, String redirectUri);
}
