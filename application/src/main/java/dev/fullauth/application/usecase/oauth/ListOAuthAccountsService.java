package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.oauth.ListOAuthAccountsUseCase;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The caller's provider links (anchor §2.5). */
@UseCase
@Transactional
public class ListOAuthAccountsService implements ListOAuthAccountsUseCase {
  private final OAuthAccountRepository accounts;

  @Inject
  public ListOAuthAccountsService(OAuthAccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public List<OAuthAccount> accounts(UserId user) {
    return accounts.findByUser(user);
  }
}
