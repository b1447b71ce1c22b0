package dev.fullauth.bootstrap.persistence;

import dev.fullauth.adapter.persistence.cache.JCacheLoginAttempts;
import dev.fullauth.adapter.persistence.cache.JCacheOneTimeStore;
import dev.fullauth.adapter.persistence.cache.JCacheRateLimiter;
import dev.fullauth.adapter.persistence.cache.JCacheRevocationList;
import dev.fullauth.application.policy.LockoutPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.policy.RateLimitPolicy;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.out.LoginAttempts;
import dev.fullauth.application.port.out.OneTimeStore;
import dev.fullauth.application.port.out.RateLimiter;
import dev.fullauth.application.port.out.RevocationList;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Binds the shared-state ports to JCache. On Payara the default caching provider is its Hazelcast
 * member, so the caches are shared across the cluster (configured by the project's Hazelcast file:
 * tcp-ip members, never multicast).
 */
@ApplicationScoped
public class CacheWiring {
  static final String REVOCATIONS = "fullauth-revocations";
  static final String LOGIN_ATTEMPTS = "fullauth-login-attempts";
  static final String RATE_LIMITS = "fullauth-rate-limits";
  static final String ONE_TIME = "fullauth-one-time";

  /** Longest lifetime of a one-time value (OAuth states, passkey challenges) the cache keeps. */
  public static final long ONE_TIME_MAX_SECONDS = 3600;

  /**
   * Payara's member-side JCache manager. {@code Caching.getCachingProvider()} would pick
   * Hazelcast's client provider, which tries to connect to a separate cluster.
   */
  @Resource(lookup = "payara/CacheManager")
  CacheManager manager;

  @Inject TokenPolicy tokenPolicy;

  @Inject MailPolicy mailPolicy;

  @Inject LockoutPolicy lockoutPolicy;

  @Inject RateLimitPolicy rateLimitPolicy;

  @Inject Clock clock;

  @Produces
  @ApplicationScoped
  RevocationList revocationList() {
    // Entries carry their own end; the cache-wide lifetime only has to outlast the longest one
    // (every end is some token's expiry plus the verifier's leeway; used purpose tokens included).
    long longest =
        LongStream.of(
                tokenPolicy.accessTtl().toSeconds(),
                tokenPolicy.refreshTtl().toSeconds(),
                mailPolicy.verifyTtl().toSeconds(),
                mailPolicy.resetTtl().toSeconds())
            .max()
            .orElseThrow();
    long seconds = longest + tokenPolicy.leeway().toSeconds() + 60;
    return new JCacheRevocationList(
        cache(
            REVOCATIONS,
            Long.class,
            CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds))),
        clock);
  }

  @Produces
  @ApplicationScoped
  LoginAttempts loginAttempts() {
    // Every update renews the entry, which then outlives its window or lock by the same length.
    long seconds = 2 * lockoutPolicy.duration().toSeconds() + 60;
    return new JCacheLoginAttempts(
        cache(
            LOGIN_ATTEMPTS,
            JCacheLoginAttempts.Attempts.class,
            ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds))),
        clock);
  }

  @Produces
  @ApplicationScoped
  RateLimiter rateLimiter() {
    long seconds = rateLimitPolicy.window().toSeconds() + 60;
    return new JCacheRateLimiter(
        cache(
            RATE_LIMITS,
            long[].class,
            ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds))),
        clock);
  }

  @Produces
  @ApplicationScoped
  OneTimeStore oneTimeStore() {
    return new JCacheOneTimeStore(
        cache(
            ONE_TIME,
            JCacheOneTimeStore.Entry.class,
            CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, ONE_TIME_MAX_SECONDS))),
        clock);
  }

  private <V> Cache<String, V> cache(
      String name, Class<V> type, Factory<? extends ExpiryPolicy> expiry) {
    Cache<String, V> existing = manager.getCache(name, String.class, type);
    if (existing != null) {
      return existing;
    }
    MutableConfiguration<String, V> config =
        new MutableConfiguration<String, V>()
            .setTypes(String.class, type)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(expiry);
    try {
      return manager.createCache(name, config);
    } catch (javax.cache.CacheException alreadyCreatedByPeer) {
      return manager.getCache(name, String.class, type);
    }
  }
}
