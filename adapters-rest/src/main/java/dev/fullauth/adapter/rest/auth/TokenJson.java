package dev.fullauth.adapter.rest.auth;

import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.application.port.in.session.TokenPair;
import jakarta.json.JsonObjectBuilder;

/** The anchor's "Token JSON" ({@code access_token, refresh_token, token_type, expires_in}). */
final class TokenJson {
  private TokenJson() {}

  static JsonObjectBuilder of(TokenPair tokens) {
    return Json.createObjectBuilder()
        .add("access_token", tokens.accessToken())
        .add("refresh_token", tokens.refreshToken())
        .add("token_type", "bearer")
        .add("expires_in", tokens.expiresInSeconds());
  }
}
