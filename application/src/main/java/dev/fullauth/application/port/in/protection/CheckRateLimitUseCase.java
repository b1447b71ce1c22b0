package dev.fullauth.application.port.in.protection;

/**
 * Counts one request of a client against a bucket (anchor §5.4): a sliding window; refused requests
 * are not counted. Callers check after validation and authentication (anchor §1.4).
 */
public interface CheckRateLimitUseCase {
  /**
   * @param client the resolved client address
   * @throws RateLimitExceededException when the bucket is used up
   */
  void check(RateBucket bucket, String client);
}
