package dev.fullauth.application.port.in.protection;

/**
 * The optional global rate limit over all routes (anchor §5.7): one sliding window per client
 * address; allowed answers carry the remaining budget.
 */
public interface CheckGlobalRateLimitUseCase {
  /**
   * @param client the resolved client address
   * @param limit requests per window
   * @return the decision; refused requests are not counted
   */
  Decision check(String client, int limit);

  /**
   * @param allowed whether the request was counted
   * @param remaining requests left in the window
   * @param resetSeconds seconds until the oldest counted request leaves the window
   */
  record Decision(boolean allowed, int remaining, long resetSeconds) {}
}
