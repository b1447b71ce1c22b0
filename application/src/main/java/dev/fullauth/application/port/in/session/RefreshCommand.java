package dev.fullauth.application.port.in.session;

import java.util.Objects;

/**
 * @param refreshToken the presented refresh token, as received
 * @param client who asks
 */
public record RefreshCommand(String refreshToken, ClientInfo client) {
  public RefreshCommand {
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(client, "client");
  }

  @Override
  public String toString() {
    return "RefreshCommand[redacted]";
  }
}
