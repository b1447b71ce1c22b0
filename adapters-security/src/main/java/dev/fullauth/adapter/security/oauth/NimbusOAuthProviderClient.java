package dev.fullauth.adapter.security.oauth;

import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.application.port.out.OAuthProviderUnavailableException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Routes each call to the protocol of the named provider. */
public final class NimbusOAuthProviderClient implements OAuthProviderClient, AutoCloseable {
  private final Map<String, ProviderProtocol> protocols = new LinkedHashMap<>();

  /**
   * @param providers the enabled providers; OpenID metadata is fetched lazily, at first use
   */
  public NimbusOAuthProviderClient(List<OAuthProviderSettings> providers) {
    for (OAuthProviderSettings p : providers) {
      protocols.put(
          p.name(),
          switch (p.type()) {
            case OIDC -> new OidcProtocol(p);
            case GITHUB -> new GitHubProtocol(p);
          });
    }
  }

  @Override
  public URI authorizationUri(String provider, AuthorizationRequest request) {
    return protocol(provider).authorizationUri(request);
  }

  @Override
  public ProviderLogin exchange(String provider, CodeExchange exchange) {
    return protocol(provider).exchange(exchange);
  }

  /** Releases the HTTP clients (their selector threads) when the application stops. */
  @Override
  public void close() {
    protocols.values().forEach(ProviderProtocol::close);
  }

  private ProviderProtocol protocol(String provider) {
    ProviderProtocol protocol = protocols.get(provider);
    if (protocol == null) {
      // The use cases check the name against the same configuration first.
      throw new OAuthProviderUnavailableException("no client for provider " + provider);
    }
    return protocol;
  }
}
