package dev.fullauth.application.port.in.protection;

import dev.fullauth.domain.shared.AuthException;

/** A client used up a rate-limit bucket; answered with 429 and the rate-limit headers. */
public final class RateLimitExceededException extends AuthException {
  private static final long serialVersionUID = 1L;
  private final int limit;
  private final long retryAfterSeconds;

  /**
   * @param limit the bucket's requests per window
   * @param retryAfterSeconds until the oldest counted request leaves the window, at least 1
   */
  public RateLimitExceededException(int limit, long retryAfterSeconds) {
    super("Too many requests. Try again later.");
    this.limit = limit;
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public int limit() {
    return limit;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
