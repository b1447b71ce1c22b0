package dev.fullauth.adapter.security.oauth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One configured provider.
 *
 * @param name provider name as used in paths
 * @param type protocol family
 * @param clientId the client id registered at the provider
 * @param clientSecret the client secret; never printed
 * @param scopes requested scopes
 * @param issuer the OpenID issuer ({@code oidc} only, else null)
 * @param authorizeUrl GitHub authorization endpoint ({@code github} only, else null)
 * @param tokenUrl GitHub token endpoint ({@code github} only, else null)
 * @param apiUrl GitHub API base ({@code github} only, else null)
 * @param extraAuthorizeParameters added to the authorization URL (Google: offline access)
 * @param timeout connect and read timeout of every call to the provider
 */
public record OAuthProviderSettings(
    String name,
    Type type,
    String clientId,
    String clientSecret,
    List<String> scopes,
    URI issuer,
    URI authorizeUrl,
    URI tokenUrl,
    URI apiUrl,
    Map<String, String> extraAuthorizeParameters,
    Duration timeout) {
  /** Protocol family of a provider. */
  public enum Type {
    /** Any OpenID Connect provider, found by issuer discovery. */
    OIDC,
    /** GitHub's OAuth apps (no OpenID Connect). */
    GITHUB
  }

  public OAuthProviderSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(timeout, "timeout");
    scopes = List.copyOf(scopes);
    extraAuthorizeParameters = Map.copyOf(extraAuthorizeParameters);
    if (type == Type.OIDC) {
      Objects.requireNonNull(issuer, "issuer");
    } else {
      Objects.requireNonNull(authorizeUrl, "authorizeUrl");
      Objects.requireNonNull(tokenUrl, "tokenUrl");
      Objects.requireNonNull(apiUrl, "apiUrl");
    }
  }

  @Override
  public String toString() {
    return "OAuthProviderSettings[name=" + name + ", type=" + type + ", clientId=" + clientId + "]";
  }
}
