package dev.fullauth.application.port.in.oauth;

import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.user.UserId;
import java.util.List;

/** Lists the caller's provider links (GET /oauth/accounts). */
public interface ListOAuthAccountsUseCase {
  /**
   * @return the links, oldest first
   */
  List<OAuthAccount> accounts(UserId user);
}
