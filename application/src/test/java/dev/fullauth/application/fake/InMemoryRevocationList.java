package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.domain.session.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Revocations in a map, expiring by the given clock. */
public final class InMemoryRevocationList implements RevocationList {
  private final Map<String, Instant> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryRevocationList(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void revokeToken(String jti, Instant until) {
    entries.merge("jti:" + jti, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public boolean isTokenRevoked(String jti) {
    return live("jti:" + jti);
  }

  @Override
  public void revokeSession(SessionId session, Instant until) {
    entries.merge("sid:" + session.value(), until, (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public boolean isSessionRevoked(SessionId session) {
    return live("sid:" + session.value());
  }

  private boolean live(String key) {
    Instant until = entries.get(key);
    return until != null && !until.isBefore(clock.instant());
  }
}
