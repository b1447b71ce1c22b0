package dev.fullauth.application.usecase.protection;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.RateLimitPolicy;
import dev.fullauth.application.port.in.protection.CheckRateLimitUseCase;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.application.port.in.protection.RateLimitExceededException;
import dev.fullauth.application.port.out.RateLimiter;
import jakarta.inject.Inject;

/** Applies the configured bucket limits. */
@UseCase
public class CheckRateLimitService implements CheckRateLimitUseCase {
  private final RateLimiter limiter;
  private final RateLimitPolicy policy;

  @Inject
  public CheckRateLimitService(RateLimiter limiter, RateLimitPolicy policy) {
    this.limiter = limiter;
    this.policy = policy;
  }

  @Override
  public void check(RateBucket bucket, String client) {
    if (!policy.enabled()) {
      return;
    }
    int limit = policy.limit(bucket);
    RateLimiter.RateDecision decision =
        limiter.tryAcquire(
            bucket.configName() + ":" + ClientNetwork.of(client), limit, policy.window());
    if (!decision.allowed()) {
      throw new RateLimitExceededException(limit, decision.resetSeconds());
    }
  }
}
