package dev.fullauth.adapter.security.oauth;

import dev.fullauth.application.port.out.OAuthProviderClient.AuthorizationRequest;
import dev.fullauth.application.port.out.OAuthProviderClient.CodeExchange;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import java.net.URI;

/** The protocol spoken with one provider. */
interface ProviderProtocol {
  URI authorizationUri(AuthorizationRequest request);

  ProviderLogin exchange(CodeExchange exchange);

  /** Releases what the protocol holds; nothing by default. */
  default void close() {}
}
