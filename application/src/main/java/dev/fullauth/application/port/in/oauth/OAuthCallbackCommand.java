package dev.fullauth.application.port.in.oauth;

import dev.fullauth.application.port.in.session.ClientInfo;
import java.util.Objects;

/**
 * The frontend's callback request.
 *
 * @param provider provider name from the path
 * @param code the provider's authorization code
 * @param state the state the provider echoed
 * @param binding the {@code fullauth_oauth} cookie, or null when the browser sent none
 * @param client recorded with the new session
 */
public record OAuthCallbackCommand(
    String provider, String code, String state, String binding, ClientInfo client) {
  public OAuthCallbackCommand {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(client, "client");
  }

  @Override
  public String toString() {
    return "OAuthCallbackCommand[provider=" + provider + "]";
  }
}
