package dev.fullauth.adapter.persistence.key;

import dev.fullauth.application.port.out.SigningKeyRepository;
import dev.fullauth.application.port.out.StoredSigningKey;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Signing keys in {@code fullauth_signing_keys}. */
public final class JpaSigningKeyRepository implements SigningKeyRepository {
  private final EntityManager em;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaSigningKeyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<StoredSigningKey> findAll() {
    return em.createQuery(
            "SELECT k FROM SigningKeyJpaEntity k ORDER BY k.createdAt DESC",
            SigningKeyJpaEntity.class)
        .getResultStream()
        .map(k -> new StoredSigningKey(k.kid, k.algorithm, k.privateJwk, k.createdAt))
        .toList();
  }

  @Override
  public void add(StoredSigningKey key) {
    if (em.find(SigningKeyJpaEntity.class, key.kid()) != null) {
      return;
    }
    SigningKeyJpaEntity row = new SigningKeyJpaEntity();
    row.kid = key.kid();
    row.algorithm = key.algorithm();
    row.privateJwk = key.privateJwk();
    row.createdAt = key.createdAt();
    em.persist(row);
    em.flush();
  }
}
