package dev.fullauth.application.port.out;

import dev.fullauth.domain.oauth.ExternalIdentity;
import java.net.URI;

/**
 * Speaks the authorization-code protocol with the configured providers (RFC 6749 §4.1 with PKCE,
 * RFC 7636; OpenID Connect Core §3.1 for {@code oidc} providers).
 */
public interface OAuthProviderClient {
  /**
   * @param provider a configured provider name
   * @param request what the authorization request must carry
   * @return the provider's authorization URL for the browser
   * @throws OAuthProviderUnavailableException when the provider's metadata cannot be fetched
   */
  URI authorizationUri(String provider, AuthorizationRequest request);

  /**
   * Redeems the code and identifies the user; for OpenID Connect providers the ID token is
   * validated (signature, {@code iss}, {@code aud}, {@code exp}, {@code nonce}).
   *
   * @throws OAuthExchangeRejectedException when the provider refuses the code or its answer does
   *     not validate
   * @throws OAuthProviderUnavailableException on network errors or unparseable answers
   */
  ProviderLogin exchange(String provider, CodeExchange exchange);

  /**
   * @param redirectUri the exact URI the provider sends the browser back to
   * @param state the opaque state value
   * @param nonce the OpenID Connect nonce (ignored by plain OAuth providers)
   * @param codeVerifier the PKCE verifier; the provider receives its S256 challenge
   */
  record AuthorizationRequest(String redirectUri, String state, String nonce, String codeVerifier) {
    @Override
    public String toString() {
      return "AuthorizationRequest[redirectUri=" + redirectUri + "]";
    }
  }

  /**
   * @param code the authorization code from the callback
   * @param redirectUri the URI used in the authorization request
   * @param codeVerifier the PKCE verifier of that request
   * @param nonce the nonce of that request
   */
  record CodeExchange(String code, String redirectUri, String codeVerifier, String nonce) {
    @Override
    public String toString() {
      return "CodeExchange[redirectUri=" + redirectUri + "]";
    }
  }

  /**
   * @param identity who the user is
   * @param accessToken the provider's access token
   * @param refreshToken the provider's refresh token, or null
   */
  record ProviderLogin(ExternalIdentity identity, String accessToken, String refreshToken) {
    @Override
    public String toString() {
      return "ProviderLogin[identity=" + identity + "]";
    }
  }
}
