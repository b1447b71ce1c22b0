package dev.fullauth.application.port.in.oauth;

import dev.fullauth.domain.oauth.LastLoginMethodException;
import dev.fullauth.domain.oauth.OAuthAccountNotFoundException;
import dev.fullauth.domain.user.UserId;

/** Removes a provider link (DELETE /oauth/accounts/{provider}). */
public interface UnlinkOAuthAccountUseCase {
  /**
   * @throws LastLoginMethodException when the user has no password and no link to another provider
   *     (checked first, as the anchor)
   * @throws OAuthAccountNotFoundException when the user has no link to this provider
   */
  void unlink(UserId user, String provider);
}
