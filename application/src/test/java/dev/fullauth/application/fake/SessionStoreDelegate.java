package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.RevokedSession;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forwards every call; tests override single methods to stage what a concurrent request sees. */
public class SessionStoreDelegate implements SessionStore {
  private final SessionStore target;

  public SessionStoreDelegate(SessionStore target) {
    this.target = target;
  }

  @Override
  public void add(RefreshToken token) {
    target.add(token);
  }

  @Override
  public Optional<RefreshToken> findByHash(RefreshTokenHash hash) {
    return target.findByHash(hash);
  }

  @Override
  public boolean revokeIfLive(RefreshTokenHash hash) {
    return target.revokeIfLive(hash);
  }

  @Override
  public boolean lockIfLive(RefreshTokenHash hash) {
    return target.lockIfLive(hash);
  }

  @Override
  public boolean revokeSession(UserId owner, SessionId session) {
    return target.revokeSession(owner, session);
  }

  @Override
  public RevokedSessions revokeAllOf(UserId owner) {
    return target.revokeAllOf(owner);
  }

  @Override
  public RevokedSessions revokeAllOfExcept(UserId owner, SessionId keep) {
    return target.revokeAllOfExcept(owner, keep);
  }

  @Override
  public List<SessionSummary> liveSessionsOf(UserId owner, Instant now, int max) {
    return target.liveSessionsOf(owner, now, max);
  }

  @Override
  public Optional<Instant> sessionStartedAt(UserId owner, SessionId session) {
    return target.sessionStartedAt(owner, session);
  }

  @Override
  public int purgeExpired(Instant cutoff, int max) {
    return target.purgeExpired(cutoff, max);
  }

  @Override
  public List<RevokedSession> revokedSince(Instant since) {
    return target.revokedSince(since);
  }
}
