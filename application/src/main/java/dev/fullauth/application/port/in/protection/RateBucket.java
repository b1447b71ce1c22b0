package dev.fullauth.application.port.in.protection;

/** The anchor's auth rate-limit buckets (anchor §1.5), each counted per client address. */
public enum RateBucket {
  LOGIN("login", 5),
  REGISTER("register", 3),
  PASSWORD_RESET("password_reset", 3),
  PASSKEY_AUTH("passkey_auth", 10),
  REFRESH("refresh", 30);

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
