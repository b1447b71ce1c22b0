package dev.fullauth.application.policy;

import dev.fullauth.application.port.in.protection.RateBucket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Auth rate limits (anchor §1.5, §11): one window for all buckets, a limit per bucket.
 *
 * @param enabled whether limits apply
 * @param window the sliding window
 * @param limits requests per window per bucket; missing buckets keep their defaults
 */
public record RateLimitPolicy(boolean enabled, Duration window, Map<RateBucket, Integer> limits) {
  public RateLimitPolicy {
    Objects.requireNonNull(window, "window");
    EnumMap<RateBucket, Integer> all = new EnumMap<>(RateBucket.class);
    for (RateBucket bucket : RateBucket.values()) {
      all.put(bucket, limits.getOrDefault(bucket, bucket.defaultLimit()));
    }
    limits = Map.copyOf(all);
  }

  /**
   * @return the anchor's defaults, enabled, 60 s window
   */
  public static RateLimitPolicy defaults() {
    return new RateLimitPolicy(true, Duration.ofSeconds(60), Map.of());
  }

  /**
   * @return the bucket's limit
   */
  public int limit(RateBucket bucket) {
    return limits.get(bucket);
  }
}
