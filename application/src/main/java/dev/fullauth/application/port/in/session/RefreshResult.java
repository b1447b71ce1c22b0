package dev.fullauth.application.port.in.session;

/** Outcome of a refresh. */
public sealed interface RefreshResult {
  /**
   * @param tokens the new pair of the same session
   */
  record Refreshed(TokenPair tokens) implements RefreshResult {}

  /**
   * @param reason why, for logs only
   */
  record Rejected(String reason) implements RefreshResult {}
}
