package dev.fullauth.adapter.persistence.passkey;

import dev.fullauth.adapter.persistence.sql.UniqueInsert;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Passkeys with JPA; the use stamp is one conditional UPDATE (compare-and-swap on the counter). */
public final class JpaPasskeyRepository implements PasskeyRepository {
  private final EntityManager em;
  private final UniqueInsert inserts;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaPasskeyRepository(EntityManager em) {
    this.em = em;
    this.inserts = new UniqueInsert(em);
  }

  @Override
  public boolean insert(Passkey passkey) {
    Map<String, Object> row = UniqueInsert.row();
    row.put("id", passkey.id());
    row.put("user_id", passkey.userId().value());
    row.put("credential_id", passkey.credentialId());
    row.put("public_key", passkey.publicKey());
    row.put("sign_count", passkey.signCount());
    row.put("device_name", passkey.deviceName());
    row.put("transports", String.join(",", passkey.transports()));
    row.put("backed_up", passkey.backedUp());
    row.put("backup_eligible", passkey.backupEligible());
    row.put("uv_initialized", passkey.userVerified());
    row.put("created_at", passkey.createdAt());
    row.put("last_used_at", passkey.lastUsedAt());
    return inserts.insert("fullauth_passkeys", "uq_fullauth_passkeys_credential", row);
  }

  @Override
  public Optional<Passkey> findByCredentialId(String credentialId) {
    return em.createQuery(
            "SELECT p FROM PasskeyJpaEntity p WHERE p.credentialId = :id", PasskeyJpaEntity.class)
        .setParameter("id", credentialId)
        .getResultStream()
        .findFirst()
        .map(JpaPasskeyRepository::toDomain);
  }

  @Override
  public List<Passkey> findByUser(UserId user) {
    return em
        .createQuery(
            "SELECT p FROM PasskeyJpaEntity p WHERE p.userId = :user ORDER BY p.createdAt, p.id",
            PasskeyJpaEntity.class)
        .setParameter("user", user.value())
        .getResultList()
        .stream()
        .map(JpaPasskeyRepository::toDomain)
        .toList();
  }

  @Override
  public boolean delete(UserId user, UUID id) {
    return em.createQuery("DELETE FROM PasskeyJpaEntity p WHERE p.id = :id AND p.userId = :user")
            .setParameter("id", id)
            .setParameter("user", user.value())
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean recordUse(
      UUID id, long expectedCount, long newCount, boolean backedUp, Instant now) {
    int updated =
        em.createQuery(
                "UPDATE PasskeyJpaEntity p SET p.signCount = :new, p.backedUp = :backedUp,"
                    + " p.lastUsedAt = :now WHERE p.id = :id AND p.signCount = :expected")
            .setParameter("new", newCount)
            .setParameter("backedUp", backedUp)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("expected", expectedCount)
            .executeUpdate();
    return updated == 1;
  }

  private static Passkey toDomain(PasskeyJpaEntity row) {
    return new Passkey(
        row.id,
        new UserId(row.userId),
        row.credentialId,
        row.publicKey,
        row.signCount,
        row.deviceName,
        row.transports.isEmpty() ? List.of() : Arrays.asList(row.transports.split(",")),
        row.backupEligible,
        row.backedUp,
        row.uvInitialized,
        row.createdAt,
        row.lastUsedAt);
  }
}
