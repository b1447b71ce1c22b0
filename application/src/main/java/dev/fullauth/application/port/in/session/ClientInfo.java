package dev.fullauth.application.port.in.session;

/**
 * What is recorded about the client that opens or refreshes a session.
 *
 * @param userAgent the User-Agent header, may be null
 * @param ipAddress the resolved client address, may be null
 */
public record ClientInfo(String userAgent, String ipAddress) {
  /**
   * @return a client about which nothing is known
   */
  public static ClientInfo unknown() {
    return new ClientInfo(null, null);
  }
}
