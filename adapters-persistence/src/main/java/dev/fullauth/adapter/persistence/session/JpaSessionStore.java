package dev.fullauth.adapter.persistence.session;

import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Refresh tokens in {@code fullauth_refresh_tokens}. Revocations are bulk updates, so concurrent
 * requests are serialised by the database's row locks: the compare-and-swap of {@link
 * #revokeIfLive} has exactly one winner under READ COMMITTED. Multi-row revocations lock their rows
 * in id order first, so that they never deadlock with each other. Every bulk statement flushes the
 * caller's pending changes first and clears the persistence context after, so that no stale entity
 * survives it.
 */
public final class JpaSessionStore implements SessionStore {
  private final EntityManager em;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaSessionStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(RefreshToken token) {
    em.persist(RefreshTokenJpaMapper.toRow(token));
    em.flush();
  }

  @Override
  public Optional<RefreshToken> findByHash(RefreshTokenHash hash) {
    return em.createQuery(
            "SELECT t FROM RefreshTokenJpaEntity t WHERE t.tokenHash = :hash",
            RefreshTokenJpaEntity.class)
        .setParameter("hash", hash.hex())
        .getResultStream()
        .findFirst()
        .map(RefreshTokenJpaMapper::toDomain);
  }

  @Override
  public boolean revokeIfLive(RefreshTokenHash hash) {
    em.flush();
    int changed =
        em.createQuery(
                "UPDATE RefreshTokenJpaEntity t SET t.revoked = true"
                    + " WHERE t.tokenHash = :hash AND t.revoked = false")
            .setParameter("hash", hash.hex())
            .executeUpdate();
    em.clear();
    return changed == 1;
  }

  @Override
  public boolean revokeSession(UserId owner, SessionId session) {
    em.flush();
    // Lock the session's rows in one global order first: concurrent burns of the same session
    // (the losers of a refresh race) then queue up instead of deadlocking on each other's rows.
    em.createQuery(
            "SELECT t.id FROM RefreshTokenJpaEntity t"
                + " WHERE t.userId = :user AND t.familyId = :family ORDER BY t.id",
            UUID.class)
        .setParameter("user", owner.value())
        .setParameter("family", session.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    int matched =
        em.createQuery(
                "UPDATE RefreshTokenJpaEntity t SET t.revoked = true"
                    + " WHERE t.userId = :user AND t.familyId = :family")
            .setParameter("user", owner.value())
            .setParameter("family", session.value())
            .executeUpdate();
    em.clear();
    return matched > 0;
  }

  @Override
  public RevokedSessions revokeAllOf(UserId owner) {
    return revokeWhere(owner, null);
  }

  @Override
  public RevokedSessions revokeAllOfExcept(UserId owner, SessionId keep) {
    return revokeWhere(owner, keep);
  }

  @Override
  public Optional<Instant> sessionStartedAt(UserId owner, SessionId session) {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(t.createdAt) FROM RefreshTokenJpaEntity t"
                    + " WHERE t.userId = :user AND t.familyId = :family",
                Instant.class)
            .setParameter("user", owner.value())
            .setParameter("family", session.value())
            .getSingleResult());
  }

  @Override
  public List<SessionSummary> liveSessionsOf(UserId owner, Instant now, int max) {
    // First and latest issue time per live family, aggregated by the database: the revoked history
    // of a session (one row per rotation) never leaves it.
    List<Object[]> families =
        em.createQuery(
                "SELECT t.familyId, MIN(t.createdAt), MAX(t.createdAt)"
                    + " FROM RefreshTokenJpaEntity t"
                    + " WHERE t.userId = :user AND t.familyId IN ("
                    + "SELECT l.familyId FROM RefreshTokenJpaEntity l WHERE l.userId = :user"
                    + " AND l.revoked = false AND l.expiresAt > :now)"
                    + " GROUP BY t.familyId ORDER BY MAX(t.createdAt) DESC, t.familyId",
                Object[].class)
            .setParameter("user", owner.value())
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    if (families.isEmpty()) {
      return List.of();
    }
    Map<String, RefreshTokenJpaEntity> newestLive = new HashMap<>();
    em.createQuery(
            "SELECT t FROM RefreshTokenJpaEntity t WHERE t.userId = :user AND t.revoked = false"
                + " AND t.expiresAt > :now AND t.familyId IN :families",
            RefreshTokenJpaEntity.class)
        .setParameter("user", owner.value())
        .setParameter("now", now)
        .setParameter("families", families.stream().map(f -> (String) f[0]).toList())
        .getResultStream()
        .forEach(
            t ->
                newestLive.merge(
                    t.familyId, t, (a, b) -> a.createdAt.isAfter(b.createdAt) ? a : b));
    List<SessionSummary> out = new ArrayList<>();
    for (Object[] family : families) {
      RefreshTokenJpaEntity live = newestLive.get((String) family[0]);
      if (live != null) {
        out.add(
            new SessionSummary(
                new SessionId(live.familyId),
                live.ipAddress,
                live.userAgent,
                (Instant) family[1],
                (Instant) family[2],
                live.expiresAt,
                false));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public int purgeExpired(Instant cutoff, int max) {
    // Select one bounded batch of ids, then delete exactly those that still qualify: a short
    // statement on an indexed column, harmless when another node deletes the same rows first.
    List<UUID> ids =
        em.createQuery(
                "SELECT t.id FROM RefreshTokenJpaEntity t WHERE t.expiresAt < :cutoff ORDER BY t.id",
                UUID.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    em.flush();
    int deleted =
        em.createQuery(
                "DELETE FROM RefreshTokenJpaEntity t WHERE t.id IN :ids AND t.expiresAt < :cutoff")
            .setParameter("ids", ids)
            .setParameter("cutoff", cutoff)
            .executeUpdate();
    em.clear();
    return deleted;
  }

  private RevokedSessions revokeWhere(UserId owner, SessionId keep) {
    // Pending changes of the caller (a new password hash, say) must reach the database before
    // the persistence context is cleared below.
    em.flush();
    String except = keep == null ? "" : " AND t.familyId <> :keep";
    var select =
        em.createQuery(
            "SELECT t.familyId FROM RefreshTokenJpaEntity t"
                + " WHERE t.userId = :user AND t.revoked = false"
                + except
                + " ORDER BY t.id",
            String.class);
    select.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    var update =
        em.createQuery(
            "UPDATE RefreshTokenJpaEntity t SET t.revoked = true"
                + " WHERE t.userId = :user AND t.revoked = false"
                + except);
    select.setParameter("user", owner.value());
    update.setParameter("user", owner.value());
    if (keep != null) {
      select.setParameter("keep", keep.value());
      update.setParameter("keep", keep.value());
    }
    List<String> families = select.getResultList().stream().distinct().toList();
    int tokens = update.executeUpdate();
    em.clear();
    Set<SessionId> out = new LinkedHashSet<>();
    families.forEach(f -> out.add(new SessionId(f)));
    return new RevokedSessions(tokens, out);
  }
}
