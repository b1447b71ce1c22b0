package dev.fullauth.application.port.in.session;

import dev.fullauth.domain.session.SessionId;
import java.util.Objects;

/**
 * Tokens handed to a client (anchor "Token JSON"). The {@code toString} hides the tokens.
 *
 * @param accessToken signed access token
 * @param refreshToken signed refresh token
 * @param expiresInSeconds access-token lifetime
 * @param session the session both belong to
 */
public record TokenPair(
    String accessToken, String refreshToken, long expiresInSeconds, SessionId session) {
  public TokenPair {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(session, "session");
  }

  @Override
  public String toString() {
    return "TokenPair[session=" + session + ", expiresIn=" + expiresInSeconds + "]";
  }
}
