package dev.fullauth.adapter.rest.support;

import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.domain.user.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The anchor's "Token JSON" ({@code access_token, refresh_token, token_type, expires_in}). */
public final class TokenJson {
  private TokenJson() {}

  /**
   * @param refreshInBody false when a cookie carries the refresh token: the body's is then null
   *     (anchor §4.2); the access token stays in the body either way
   */
  public static JsonObjectBuilder of(TokenPair tokens, boolean refreshInBody) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("access_token", tokens.accessToken());
    if (refreshInBody) {
      json.add("refresh_token", tokens.refreshToken());
    } else {
      json.addNull("refresh_token");
    }
    return json.add("token_type", "bearer").add("expires_in", tokens.expiresInSeconds());
  }

  /**
   * @return the anchor's "Login JSON": Token JSON plus the user
   */
  public static JsonObject login(TokenPair tokens, User user, boolean refreshInBody) {
    return of(tokens, refreshInBody).add("user", UserJson.of(user)).build();
  }
}
