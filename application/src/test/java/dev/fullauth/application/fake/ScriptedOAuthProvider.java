package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.domain.oauth.ExternalIdentity;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provider that issues one code per authorization request and, like a real one, redeems it only
 * with the PKCE verifier, nonce and redirect URI of that request.
 */
public final class ScriptedOAuthProvider implements OAuthProviderClient {
  private final Map<String, AuthorizationRequest> byCode = new ConcurrentHashMap<>();
  private final Map<String, String> codeByState = new ConcurrentHashMap<>();
  private final Map<String, ExternalIdentity> identityByCode = new ConcurrentHashMap<>();

  /** The identity the next authorization will log in as, per provider. */
  public final Map<String, ExternalIdentity> nextIdentity = new ConcurrentHashMap<>();

  @Override
  public URI authorizationUri(String provider, AuthorizationRequest request) {
    String code = "code-" + byCode.size();
    byCode.put(code, request);
    codeByState.put(request.state(), code);
    identityByCode.put(code, nextIdentity.get(provider));
    return URI.create(
        "https://idp.test/"
            + provider
            + "/authorize?state="
            + URLEncoder.encode(request.state(), StandardCharsets.UTF_8));
  }

  /** What the provider's redirect would carry for the authorization with this state. */
  public String codeFor(String state) {
    return codeByState.get(state);
  }

  @Override
  public ProviderLogin exchange(String provider, CodeExchange exchange) {
    AuthorizationRequest request = byCode.remove(exchange.code());
    if (request == null
        || !request.codeVerifier().equals(exchange.codeVerifier())
        || !request.nonce().equals(exchange.nonce())
        || !request.redirectUri().equals(exchange.redirectUri())) {
      throw new OAuthExchangeRejectedException("invalid_grant");
    }
    return new ProviderLogin(
        identityByCode.get(exchange.code()), "provider-access", "provider-refresh");
  }
}
