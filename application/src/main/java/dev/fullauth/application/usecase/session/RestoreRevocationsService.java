package dev.fullauth.application.usecase.session;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.session.RestoreRevocationsUseCase;
import dev.fullauth.application.port.out.RevocationList;
import dev.fullauth.application.port.out.RevokedSession;
import dev.fullauth.application.port.out.SessionStore;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts sessions revoked within the last access-token lifetime (plus the leeway) back into the
 * revocation list, each until the moment {@link SessionRevoker} chose when it revoked them. The
 * store is the durable record: logout, session deletion, bulk revocations and burnt sessions all
 * leave their sessions without a live refresh token there.
 *
 * <p>It only reads the database, yet runs in a transaction: it is called once, from a start-up
 * observer, and a read outside a transaction needs the container-managed entity manager to find a
 * component invocation on the thread, which a start-up observer is not certain to have.
 */
@UseCase
@Transactional
public class RestoreRevocationsService implements RestoreRevocationsUseCase {
  private final SessionStore sessions;
  private final RevocationList revocations;
  private final SessionRevoker revoker;
  private final TokenPolicy policy;
  private final Clock clock;

  @Inject
  public RestoreRevocationsService(
      SessionStore sessions,
      RevocationList revocations,
      SessionRevoker revoker,
      TokenPolicy policy,
      Clock clock) {
    this.sessions = sessions;
    this.revocations = revocations;
    this.revoker = revoker;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public int restore() {
    Instant now = clock.instant();
    // A session revoked earlier than this has no access token the verifier would still accept.
    Instant since = now.minus(policy.accessTtl()).minus(policy.leeway());
    int restored = 0;
    for (RevokedSession revoked : sessions.revokedSince(since)) {
      Instant until = revoker.sessionRevocationEnd(revoked.revokedAt());
      if (!until.isBefore(now)) {
        revocations.revokeSession(revoked.session(), until);
        restored++;
      }
    }
    return restored;
  }
}
