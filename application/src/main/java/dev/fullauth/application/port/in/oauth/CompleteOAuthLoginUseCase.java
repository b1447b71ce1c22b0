package dev.fullauth.application.port.in.oauth;

import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;

/** Step 3 of the redirect flow: redeems the code, links or creates the account, logs in. */
public interface CompleteOAuthLoginUseCase {
  /**
   * @return the session, or a rejection for every state, binding, provider and linking failure
   * @throws OAuthProviderNotConfiguredException for an unknown provider
   * @throws dev.fullauth.domain.shared.AuthException an {@code OAuthProviderUnavailableException}
   *     when the provider cannot be reached or answers garbage
   */
  OAuthLoginResult complete(OAuthCallbackCommand command);
}
