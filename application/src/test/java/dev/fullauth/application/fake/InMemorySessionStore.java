package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.RevokedSession;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Refresh tokens in a map; revocations are atomic per call and stamped with the clock. */
public final class InMemorySessionStore implements SessionStore {
  private final Map<RefreshTokenHash, RefreshToken> tokens = new ConcurrentHashMap<>();
  private final Map<RefreshTokenHash, Instant> revokedAt = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemorySessionStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void add(RefreshToken token) {
    tokens.put(token.hash(), token);
  }

  @Override
  public Optional<RefreshToken> findByHash(RefreshTokenHash hash) {
    return Optional.ofNullable(tokens.get(hash));
  }

  @Override
  public synchronized boolean revokeIfLive(RefreshTokenHash hash) {
    RefreshToken token = tokens.get(hash);
    if (token == null || token.revoked()) {
      return false;
    }
    tokens.put(hash, revoked(token));
    return true;
  }

  @Override
  public boolean lockIfLive(RefreshTokenHash hash) {
    RefreshToken token = tokens.get(hash);
    return token != null && !token.revoked();
  }

  @Override
  public synchronized boolean revokeSession(UserId owner, SessionId session) {
    boolean any = false;
    for (RefreshToken t : List.copyOf(tokens.values())) {
      if (t.userId().equals(owner) && t.sessionId().equals(session)) {
        tokens.put(t.hash(), revoked(t));
        any = true;
      }
    }
    return any;
  }

  @Override
  public RevokedSessions revokeAllOf(UserId owner) {
    return revokeAllOfExcept(owner, null);
  }

  @Override
  public synchronized RevokedSessions revokeAllOfExcept(UserId owner, SessionId keep) {
    Set<SessionId> out = new LinkedHashSet<>();
    int count = 0;
    for (RefreshToken t : List.copyOf(tokens.values())) {
      if (t.userId().equals(owner) && !t.revoked() && !t.sessionId().equals(keep)) {
        tokens.put(t.hash(), revoked(t));
        out.add(t.sessionId());
        count++;
      }
    }
    return new RevokedSessions(count, out);
  }

  @Override
  public List<SessionSummary> liveSessionsOf(UserId owner, Instant now, int max) {
    List<RefreshToken> own =
        tokens.values().stream().filter(t -> t.userId().equals(owner)).toList();
    return SessionSummary.of(own, now, null).stream().limit(max).toList();
  }

  @Override
  public synchronized Optional<Instant> sessionStartedAt(UserId owner, SessionId session) {
    return tokens.values().stream()
        .filter(t -> t.userId().equals(owner) && t.sessionId().equals(session))
        .map(RefreshToken::createdAt)
        .min(Instant::compareTo);
  }

  @Override
  public synchronized int purgeExpired(Instant cutoff, int max) {
    List<RefreshToken> doomed =
        tokens.values().stream().filter(t -> t.expiresAt().isBefore(cutoff)).limit(max).toList();
    doomed.forEach(t -> tokens.remove(t.hash()));
    return doomed.size();
  }

  public List<RefreshToken> all() {
    return List.copyOf(tokens.values());
  }

  public List<RefreshToken> ofSession(SessionId session) {
    return tokens.values().stream().filter(t -> t.sessionId().equals(session)).toList();
  }

  @Override
  public synchronized List<RevokedSession> revokedSince(Instant since) {
    Map<SessionId, Instant> latest = new HashMap<>();
    Set<SessionId> live = new HashSet<>();
    for (RefreshToken t : tokens.values()) {
      if (!t.revoked()) {
        live.add(t.sessionId());
      } else if (!revokedAt.get(t.hash()).isBefore(since)) {
        latest.merge(t.sessionId(), revokedAt.get(t.hash()), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return latest.entrySet().stream()
        .filter(e -> !live.contains(e.getKey()))
        .map(e -> new RevokedSession(e.getKey(), e.getValue()))
        .toList();
  }

  private RefreshToken revoked(RefreshToken t) {
    revokedAt.put(t.hash(), clock.instant());
    return new RefreshToken(
        t.id(),
        t.hash(),
        t.userId(),
        t.sessionId(),
        t.expiresAt(),
        true,
        t.userAgent(),
        t.ipAddress(),
        t.createdAt());
  }
}
