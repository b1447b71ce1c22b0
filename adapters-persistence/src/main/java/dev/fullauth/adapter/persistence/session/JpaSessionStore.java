package dev.fullauth.adapter.persistence.session;

import dev.fullauth.adapter.persistence.sql.SqlDialect;
import dev.fullauth.application.port.out.RevokedSession;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Refresh tokens in {@code fullauth_refresh_tokens}. Revocations are bulk updates, so concurrent
 * requests are serialised by the database's row locks: the compare-and-swap of {@link
 * #revokeIfLive} has exactly one winner under READ COMMITTED. Multi-row revocations lock their rows
 * in id order first, so that they never deadlock with each other. Every bulk statement flushes the
 * caller's pending changes first and clears the persistence context after, so that no stale entity
 * survives it. Every revocation stamps {@code revoked_at} with the adapter's clock.
 */
public final class JpaSessionStore implements SessionStore {
  private final EntityManager em;
  private final Clock clock;
  private final Supplier<SqlDialect> dialect;

  /**
   * @param em a transaction-scoped entity manager
   * @param clock stamps {@code revoked_at}; the same clock that dates the revocation list's entries
   */
  public JpaSessionStore(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
    this.dialect = SqlDialect.detectOnce(em);
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
                "UPDATE RefreshTokenJpaEntity t SET t.revoked = true, t.revokedAt = :now"
                    + " WHERE t.tokenHash = :hash AND t.revoked = false")
            .setParameter("hash", hash.hex())
            .setParameter("now", clock.instant())
            .executeUpdate();
    em.clear();
    return changed == 1;
  }

  @Override
  public boolean lockIfLive(RefreshTokenHash hash) {
    em.flush();
    // FOR UPDATE waits for a concurrent revocation and then reads the row as it committed it.
    List<Boolean> revoked =
        em.createQuery(
                "SELECT t.revoked FROM RefreshTokenJpaEntity t WHERE t.tokenHash = :hash",
                Boolean.class)
            .setParameter("hash", hash.hex())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return revoked.size() == 1 && !revoked.get(0);
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
    // A new statement: it also sees the successor of a token whose rotation the lock waited for.
    int matched =
        em.createQuery(
                "UPDATE RefreshTokenJpaEntity t SET t.revoked = true, t.revokedAt = :now"
                    + " WHERE t.userId = :user AND t.familyId = :family")
            .setParameter("user", owner.value())
            .setParameter("family", session.value())
            .setParameter("now", clock.instant())
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

  @Override
  public List<RevokedSession> revokedSince(Instant since) {
    // A rotated session has a live successor; only sessions without any live token are revoked.
    return em.createQuery(
            "SELECT t.familyId, MAX(t.revokedAt) FROM RefreshTokenJpaEntity t"
                + " WHERE t.revokedAt >= :since AND NOT EXISTS ("
                + "SELECT l.id FROM RefreshTokenJpaEntity l"
                + " WHERE l.familyId = t.familyId AND l.revoked = false)"
                + " GROUP BY t.familyId",
            Object[].class)
        .setParameter("since", since)
        .getResultStream()
        .map(row -> new RevokedSession(new SessionId((String) row[0]), (Instant) row[1]))
        .toList();
  }

  private RevokedSessions revokeWhere(UserId owner, SessionId keep) {
    // Pending changes of the caller (a new password hash, say) must reach the database before
    // the persistence context is cleared below.
    em.flush();
    String except = keep == null ? "" : " AND t.familyId <> :keep";
    var lock =
        em.createQuery(
            "SELECT t.id FROM RefreshTokenJpaEntity t"
                + " WHERE t.userId = :user AND t.revoked = false"
                + except
                + " ORDER BY t.id",
            UUID.class);
    lock.setParameter("user", owner.value());
    if (keep != null) {
      lock.setParameter("keep", keep.value());
    }
    lock.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    List<String> families = new ArrayList<>();
    Instant now = clock.instant();
    SqlDialect db = dialect.get();
    // The sessions reported are those of the rows the update itself changed, read back by the same
    // statement: a separate query could miss (or invent) a session that a concurrent refresh
    // rotated in between. The update is repeated until it changes nothing: a statement that waited
    // for a concurrent rotation sees the rotated-away token as revoked but not its successor, which
    // that rotation committed after the statement began; the next statement sees and revokes it.
    int changed;
    do {
      changed =
          em.unwrap(Session.class)
              .doReturningWork(c -> revokeReturningFamilies(c, db, owner, keep, now, families));
    } while (changed > 0);
    em.clear();
    Set<SessionId> out = new LinkedHashSet<>();
    families.forEach(f -> out.add(new SessionId(f)));
    return new RevokedSessions(families.size(), out);
  }

  /** One update that revokes the user's live tokens and adds each changed row's family. */
  private static int revokeReturningFamilies(
      Connection connection,
      SqlDialect db,
      UserId owner,
      SessionId keep,
      Instant now,
      List<String> families)
      throws SQLException {
    String update =
        "UPDATE fullauth_refresh_tokens SET revoked = TRUE, revoked_at = ?"
            + " WHERE user_id = ? AND revoked = FALSE"
            + (keep == null ? "" : " AND family_id <> ?");
    String sql =
        db == SqlDialect.POSTGRESQL
            ? update + " RETURNING family_id"
            : "SELECT family_id FROM FINAL TABLE (" + update + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      statement.setObject(2, owner.value());
      if (keep != null) {
        statement.setString(3, keep.value());
      }
      int rows = 0;
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          families.add(result.getString(1));
          rows++;
        }
      }
      return rows;
    }
  }
}
