package dev.fullauth.adapter.persistence.cache;

import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.domain.session.SessionId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import javax.cache.Cache;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * Revoked token ids and sessions in a JCache cache: on Payara this is Hazelcast, shared by every
 * member of the cluster (CONTRACT.md item 7).
 *
 * <p>Standard JCache has no per-entry lifetime, so each entry stores its own end (epoch seconds)
 * and is treated as absent after it; the cache's own expiry policy (set by whoever creates the
 * cache, at least the longest lifetime stored) removes it later. A write keeps the later end, so a
 * short revocation never shortens a longer one.
 */
public final class JCacheRevocationList implements RevocationList {
  private static final String TOKEN = "jti:";
  private static final String SESSION = "sid:";

  private final Cache<String, Long> cache;
  private final Clock clock;

  /**
   * @param cache the shared cache
   * @param clock decides when entries end
   */
  public JCacheRevocationList(Cache<String, Long> cache, Clock clock) {
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public void revokeToken(String jti, Instant until) {
    put(TOKEN + jti, until);
  }

  @Override
  public boolean isTokenRevoked(String jti) {
    return isLive(TOKEN + jti);
  }

  @Override
  public void revokeSession(SessionId session, Instant until) {
    put(SESSION + session.value(), until);
  }

  @Override
  public boolean isSessionRevoked(SessionId session) {
    return isLive(SESSION + session.value());
  }

  private void put(String key, Instant until) {
    long end = until.getEpochSecond();
    // Atomic on the owning member: concurrent revocations keep the latest end.
    cache.invoke(key, new KeepLatest(), end);
  }

  /** Sets the entry to the given end unless it already holds a later one. Runs on the owner. */
  static final class KeepLatest implements EntryProcessor<String, Long, Void>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Void process(MutableEntry<String, Long> entry, Object... args) {
      long wanted = (Long) args[0];
      if (!entry.exists() || entry.getValue() < wanted) {
        entry.setValue(wanted);
      }
      return null;
    }
  }

  private boolean isLive(String key) {
    Long end = cache.get(key);
    return end != null && end >= clock.instant().getEpochSecond();
  }
}
