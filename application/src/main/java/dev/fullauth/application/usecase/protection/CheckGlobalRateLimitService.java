package dev.fullauth.application.usecase.protection;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.RateLimitPolicy;
import dev.fullauth.application.port.in.protection.CheckGlobalRateLimitUseCase;
import dev.fullauth.application.port.out.RateLimiter;
import jakarta.inject.Inject;

/** Counts requests against the global window, in its own key space. */
@UseCase
public class CheckGlobalRateLimitService implements CheckGlobalRateLimitUseCase {
  private final RateLimiter limiter;
  private final RateLimitPolicy policy;

  @Inject
  public CheckGlobalRateLimitService(RateLimiter limiter, RateLimitPolicy policy) {
    this.limiter = limiter;
    this.policy = policy;
  }

  @Override
  public Decision check(String client, int limit) {
    RateLimiter.RateDecision d =
        limiter.tryAcquire("global:" + ClientNetwork.of(client), limit, policy.window());
    return new Decision(d.allowed(), d.remaining(), d.resetSeconds());
  }
}
