package dev.fullauth.application.port.in.protection;

/**
 * The auth rate-limit buckets, each counted per client address (per /64 network for IPv6). The
 * first five are the anchor's; the others guard routes that cost a password hash or write shared
 * state for callers that have proven little.
 */
public enum RateBucket {
  LOGIN("login", 5),
  REGISTER("register", 3),
  PASSWORD_RESET("password_reset", 3),
  PASSKEY_AUTH("passkey_auth", 10),
  REFRESH("refresh", 30),
  CHANGE_PASSWORD("change_password", 5),
  OAUTH_AUTHORIZE("oauth_authorize", 20),
  PASSKEY_REGISTER("passkey_register", 10);

  private final String configName;
  private final int defaultLimit;

  RateBucket(String configName, int defaultLimit) {
    this.configName = configName;
    this.defaultLimit = defaultLimit;
  }

  /**
   * @return the key in {@code FULLAUTH_AUTH_RATE_LIMITS}, e.g. {@code password_reset}
   */
  public String configName() {
    return configName;
  }

  /**
   * @return requests per window by default
   */
  public int defaultLimit() {
    return defaultLimit;
  }
}
