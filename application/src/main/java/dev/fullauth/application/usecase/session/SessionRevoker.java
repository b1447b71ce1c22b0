package dev.fullauth.application.usecase.session;

import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.domain.session.SessionId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Tells the shared revocation list that sessions were revoked in the store, so that their access
 * tokens fail at once rather than at expiry (CONTRACT.md item 11).
 */
@Dependent
public class SessionRevoker {
  private final RevocationList revocations;
  private final TokenPolicy policy;
  private final Clock clock;

  @Inject
  public SessionRevoker(RevocationList revocations, TokenPolicy policy, Clock clock) {
    this.revocations = revocations;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @param sessions sessions whose access tokens must stop working
   */
  public void killAccessTokens(Set<SessionId> sessions) {
    Instant until = sessionRevocationEnd(clock.instant());
    sessions.forEach(s -> revocations.revokeSession(s, until));
  }

  /**
   * @param revoked the outcome of a bulk revocation in the store
   */
  public void killAccessTokens(RevokedSessions revoked) {
    killAccessTokens(revoked.sessions());
  }

  /**
   * The newest access token of a session revoked at {@code revokedAt} was issued no later than
   * that, so it expires within one access-token lifetime and is accepted for the leeway after.
   *
   * @return until when the revocation of a session revoked at {@code revokedAt} must last
   */
  public Instant sessionRevocationEnd(Instant revokedAt) {
    return policy.acceptedUntil(revokedAt.plus(policy.accessTtl()));
  }
}
