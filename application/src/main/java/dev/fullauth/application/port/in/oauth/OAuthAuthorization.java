package dev.fullauth.application.port.in.oauth;

import java.net.URI;
import java.util.Objects;

/**
 * The start of an authorization round trip.
 *
 * @param authorizationUrl where the browser goes next
 * @param binding the value of the {@code fullauth_oauth} cookie; only its hash is stored
 */
public record OAuthAuthorization(URI authorizationUrl, String binding) {
  public OAuthAuthorization {
    Objects.requireNonNull(authorizationUrl, "authorizationUrl");
    Objects.requireNonNull(binding, "binding");
  }

  @Override
  public String toString() {
    return "OAuthAuthorization[binding=<redacted>]";
  }
}
