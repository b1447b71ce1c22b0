package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.oauth.UnlinkOAuthAccountUseCase;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.oauth.LastLoginMethodException;
import dev.fullauth.domain.oauth.OAuthAccountNotFoundException;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Removes a provider link unless it is the account's only way to log in (anchor §2.5: the guard is
 * checked first; passkeys do not count).
 */
@UseCase
@Transactional
public class UnlinkOAuthAccountService implements UnlinkOAuthAccountUseCase {
  private final OAuthAccountRepository accounts;
  private final UserRepository users;

  @Inject
  public UnlinkOAuthAccountService(OAuthAccountRepository accounts, UserRepository users) {
    this.accounts = accounts;
    this.users = users;
  }

  @Override
  public void unlink(UserId user, String provider) {
    boolean hasPassword = users.findById(user).flatMap(User::passwordHash).isPresent();
    boolean otherLink =
        accounts.findByUser(user).stream().anyMatch(a -> !a.provider().equals(provider));
    if (!hasPassword && !otherLink) {
      throw new LastLoginMethodException();
    }
    if (!accounts.delete(user, provider)) {
      throw new OAuthAccountNotFoundException();
    }
  }
}
