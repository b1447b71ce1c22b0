package dev.fullauth.bootstrap.persistence;

import com.hazelcast.cache.ICache;
import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import dev.fullauth.adapter.persistence.cache.JCacheLoginAttempts;
import dev.fullauth.adapter.persistence.cache.JCacheOneTimeStore;
import dev.fullauth.adapter.persistence.cache.JCacheRateLimiter;
import dev.fullauth.adapter.persistence.cache.JCacheRevocationList;
import dev.fullauth.application.policy.LockoutPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.policy.PasskeyPolicy;
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
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Binds the shared-state ports to JCache. On Payara the default caching provider is its Hazelcast
 * member, so the caches are shared across the cluster (configured by the project's Hazelcast file:
 * tcp-ip members, never multicast).
 *
 * <p>Every cache has an explicit bound and an expiry from the configuration, so anonymous traffic
 * cannot grow the heap without limit. Revocations live in a cache of their own that is never
 * evicted for size: if it shared a bound with values anyone can create (OAuth states, rate-limit
 * windows), a flood of those would evict revocations and bring logged-out access tokens back. It
 * grows only with logouts and session revocations, which need a valid session.
 */
@ApplicationScoped
public class CacheWiring {
  static final String REVOCATIONS = "fullauth-revocations";
  static final String LOGIN_ATTEMPTS = "fullauth-login-attempts";
  static final String RATE_LIMITS = "fullauth-rate-limits";
  static final String ONE_TIME = "fullauth-one-time";

  /**
   * Longest lifetime of a one-time value (OAuth states, passkey challenges) accepted in settings.
   */
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

  @Inject OAuthPolicy oauthPolicy;

  @Inject PasskeyPolicy passkeyPolicy;

  @Inject Clock clock;

  /**
   * Bound of the OAuth state and passkey challenge cache ({@code
   * FULLAUTH_CACHE_ONE_TIME_MAX_ENTRIES}).
   */
  @Inject
  @ConfigProperty(name = "fullauth.cache.one.time.max.entries", defaultValue = "100000")
  int oneTimeMaxEntries;

  /**
   * Bound of the rate-limit and lockout counter caches each ({@code
   * FULLAUTH_CACHE_COUNTERS_MAX_ENTRIES}).
   */
  @Inject
  @ConfigProperty(name = "fullauth.cache.counters.max.entries", defaultValue = "200000")
  int countersMaxEntries;

  private final java.util.Map<String, Cache<String, ?>> created =
      new java.util.concurrent.ConcurrentHashMap<>();

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
            CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)),
            Integer.MAX_VALUE),
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
            ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)),
            countersMaxEntries),
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
            ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)),
            countersMaxEntries),
        clock);
  }

  @Produces
  @ApplicationScoped
  OneTimeStore oneTimeStore() {
    // Entries carry their own end; the cache drops them shortly after the longest configured one.
    long seconds =
        Math.max(oauthPolicy.stateTtl().toSeconds(), passkeyPolicy.challengeTtl().toSeconds()) + 5;
    return new JCacheOneTimeStore(
        cache(
            ONE_TIME,
            JCacheOneTimeStore.Entry.class,
            CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)),
            oneTimeMaxEntries),
        clock);
  }

  /**
   * @return the number of entries per cache on this member's view of the cluster, for readiness
   */
  public java.util.Map<String, Integer> sizes() {
    java.util.Map<String, Integer> sizes = new java.util.TreeMap<>();
    created.forEach((name, cache) -> sizes.put(name, cache.unwrap(ICache.class).size()));
    return sizes;
  }

  private <V> Cache<String, V> cache(
      String name, Class<V> type, Factory<? extends ExpiryPolicy> expiry, int maxEntries) {
    Cache<String, V> cache = manager.getCache(name, String.class, type);
    if (cache == null) {
      // Hazelcast's own configuration type: standard JCache has no size bound. LRU eviction per
      // partition once the entry count passes the bound (approximately, as Hazelcast counts).
      CacheConfig<String, V> config = new CacheConfig<>();
      config.setTypes(String.class, type);
      config.setStoreByValue(true);
      config.setExpiryPolicyFactory(expiry);
      config.setEvictionConfig(
          new EvictionConfig()
              .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
              .setSize(maxEntries)
              .setEvictionPolicy(EvictionPolicy.LRU));
      try {
        cache = manager.createCache(name, config);
      } catch (javax.cache.CacheException alreadyCreatedByPeer) {
        cache = manager.getCache(name, String.class, type);
      }
    }
    created.put(name, cache);
    return cache;
  }
}
