package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.port.in.oauth.CompleteOAuthLoginUseCase;
import dev.fullauth.application.port.in.oauth.OAuthCallbackCommand;
import dev.fullauth.application.port.in.oauth.OAuthLoginResult;
import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.port.out.OneTimeStore;
import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The callback (anchor §6.3, CONTRACT.md item 4): the state is taken from the shared store (so it
 * works once, on any node), must belong to this provider and, unless binding is off, to this
 * browser; then the code is redeemed with the stored PKCE verifier and the identity is linked to an
 * account by {@link OAuthAccountLinker}. The state is burnt before any check, so a failed attempt
 * cannot be retried with it.
 *
 * <p>Not transactional: the code exchange is a network call to the provider (token endpoint, keys,
 * user info) and must not hold a database connection; the linking that follows is one transaction.
 */
@UseCase
public class CompleteOAuthLoginService implements CompleteOAuthLoginUseCase {
  private final OAuthPolicy policy;
  private final OneTimeStore store;
  private final OAuthProviderClient client;
  private final OAuthAccountLinker linker;

  @Inject
  public CompleteOAuthLoginService(
      OAuthPolicy policy,
      OneTimeStore store,
      OAuthProviderClient client,
      OAuthAccountLinker linker) {
    this.policy = policy;
    this.store = store;
    this.client = client;
    this.linker = linker;
  }

  @Override
  public OAuthLoginResult complete(OAuthCallbackCommand command) {
    String provider = command.provider();
    if (!policy.redirectUris().containsKey(provider)) {
      throw new OAuthProviderNotConfiguredException(provider);
    }
    Optional<PendingLogin> pending =
        store.take(PendingLogin.key(command.state())).flatMap(PendingLogin::decode);
    if (pending.isEmpty()) {
      return new OAuthLoginResult.Rejected("unknown, expired or replayed state");
    }
    if (!pending.get().provider().equals(provider)) {
      return new OAuthLoginResult.Rejected("state minted for another provider");
    }
    if (policy.stateBinding() && !pending.get().boundTo(command.binding())) {
      return new OAuthLoginResult.Rejected("state not bound to this browser");
    }
    ProviderLogin login;
    try {
      login =
          client.exchange(
              provider,
              new OAuthProviderClient.CodeExchange(
                  command.code(),
                  pending.get().redirectUri(),
                  pending.get().codeVerifier(),
                  pending.get().nonce()));
    } catch (OAuthExchangeRejectedException e) {
      return new OAuthLoginResult.Rejected("provider refused: " + e.getMessage());
    }
    // The provider has answered; only now does the database work begin, in the linker's own
    // transaction.
    try {
      return linker.link(provider, login, command.client());
    } catch (OAuthAccountLinker.IdentityLinkedConcurrently e) {
      return new OAuthLoginResult.Rejected("concurrent first login of the same identity");
    }
  }
}
