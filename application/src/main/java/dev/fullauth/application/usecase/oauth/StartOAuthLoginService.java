package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.port.in.oauth.OAuthAuthorization;
import dev.fullauth.application.port.in.oauth.StartOAuthLoginUseCase;
import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.application.port.out.OneTimeStore;
import dev.fullauth.domain.oauth.InvalidRedirectUriException;
import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Set;

/**
 * Mints an unguessable state (256 bits), a PKCE verifier and a nonce, remembers them server-side
 * with the provider, the redirect URI and the hash of a new browser binding, and builds the
 * provider's URL (anchor §6.2, hardened as CONTRACT.md item 4 and RFC 9700 §2.1 ask).
 */
@UseCase
public class StartOAuthLoginService implements StartOAuthLoginUseCase {
  private final OAuthPolicy policy;
  private final OAuthProviderClient client;
  private final OneTimeStore store;

  @Inject
  public StartOAuthLoginService(
      OAuthPolicy policy, OAuthProviderClient client, OneTimeStore store) {
    this.policy = policy;
    this.client = client;
    this.store = store;
  }

  @Override
  public OAuthAuthorization start(String provider, String redirectUri) {
    Set<String> allowed = policy.redirectUris().get(provider);
    if (allowed == null) {
      throw new OAuthProviderNotConfiguredException(provider);
    }
    // Exact string comparison: no prefix, pattern or normalisation (RFC 9700 §4.1.3).
    if (!allowed.contains(redirectUri)) {
      throw new InvalidRedirectUriException();
    }
    String state = PendingLogin.random();
    String verifier = PendingLogin.random();
    String nonce = PendingLogin.random();
    String binding = PendingLogin.random();
    URI url =
        client.authorizationUri(
            provider,
            new OAuthProviderClient.AuthorizationRequest(redirectUri, state, nonce, verifier));
    PendingLogin pending =
        new PendingLogin(provider, redirectUri, verifier, nonce, PendingLogin.hash(binding));
    store.put(PendingLogin.key(state), pending.encode(), policy.stateTtl());
    return new OAuthAuthorization(url, binding);
  }
}
