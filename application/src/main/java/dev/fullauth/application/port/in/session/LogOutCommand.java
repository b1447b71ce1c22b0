package dev.fullauth.application.port.in.session;

import java.util.Objects;
import java.util.Optional;

/**
 * @param accessToken the caller's access token
 * @param refreshToken a refresh token, used only when the access token names no session; may be
 *     null
 */
public record LogOutCommand(String accessToken, String refreshToken) {
  public LogOutCommand {
    Objects.requireNonNull(accessToken, "accessToken");
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
