package dev.fullauth.bootstrap.persistence;

import dev.fullauth.adapter.persistence.cache.JCacheRevocationList;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.out.RevocationList;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * Binds the shared-state ports to JCache. On Payara the default caching provider is its Hazelcast
 * member, so the caches are shared across the cluster (configured by the project's Hazelcast file:
 * tcp-ip members, never multicast).
 */
@ApplicationScoped
public class CacheWiring {
  static final String REVOCATIONS = "fullauth-revocations";

  /**
   * Payara's member-side JCache manager. {@code Caching.getCachingProvider()} would pick
   * Hazelcast's client provider, which tries to connect to a separate cluster.
   */
  @Resource(lookup = "payara/CacheManager")
  CacheManager manager;

  @Inject TokenPolicy tokenPolicy;

  @Inject Clock clock;

  @Produces
  @ApplicationScoped
  RevocationList revocationList() {
    return new JCacheRevocationList(cache(), clock);
  }

  private Cache<String, Long> cache() {
    Cache<String, Long> existing = manager.getCache(REVOCATIONS, String.class, Long.class);
    if (existing != null) {
      return existing;
    }
    // Entries carry their own end; the cache-wide lifetime only has to outlast the longest one.
    long seconds =
        Math.max(tokenPolicy.accessTtl().toSeconds(), tokenPolicy.refreshTtl().toSeconds()) + 60;
    MutableConfiguration<String, Long> config =
        new MutableConfiguration<String, Long>()
            .setTypes(String.class, Long.class)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(
                CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)));
    try {
      return manager.createCache(REVOCATIONS, config);
    } catch (javax.cache.CacheException alreadyCreatedByPeer) {
      return manager.getCache(REVOCATIONS, String.class, Long.class);
    }
  }
}
