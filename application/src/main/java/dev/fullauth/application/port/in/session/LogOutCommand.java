package dev.fullauth.application.port.in.session;

import java.util.Optional;

/**
 * @param accessToken the caller's access token, may be null (then only {@code refreshTokenSuffices}
 *     can end a session)
 * @param refreshToken a refresh token, used when the access token names no session or, with {@code
 *     refreshTokenSuffices}, is missing or no longer valid; may be null
 * @param refreshTokenSuffices whether the refresh token alone proves the session: true for the
 *     HttpOnly refresh cookie, so that a browser whose access cookie expired can still log out
 */
public record LogOutCommand(String accessToken, String refreshToken, boolean refreshTokenSuffices) {
  /** A logout that needs a valid access token. */
  public LogOutCommand(String accessToken, String refreshToken) {
    this(accessToken, refreshToken, false);
  }

  /**
   * @return the access token, when given
   */
  public Optional<String> access() {
    return Optional.ofNullable(accessToken);
  }

  /**
   * @return the refresh token, when given
   */
  public Optional<String> refresh() {
    return Optional.ofNullable(refreshToken);
  }

  @Override
  public String toString() {
    return "LogOutCommand[redacted]";
  }
}
