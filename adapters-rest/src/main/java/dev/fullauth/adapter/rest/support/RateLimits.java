package dev.fullauth.adapter.rest.support;

import dev.fullauth.application.port.in.protection.CheckRateLimitUseCase;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.application.port.in.protection.RateLimitExceededException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Counts the current request against a bucket for its client address (anchor §1.4, §1.5). */
@RequestScoped
public class RateLimits {
  @Inject CheckRateLimitUseCase check;

  @Inject ClientInfoResolver client;

  /**
   * @throws RateLimitExceededException when the client used up the bucket
   */
  public void consume(RateBucket bucket) {
    check.check(bucket, client.clientAddress());
  }
}
