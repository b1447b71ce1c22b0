package dev.fullauth.adapter.persistence.oauth;

import dev.fullauth.adapter.persistence.sql.UniqueInsert;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Provider links with JPA. */
public final class JpaOAuthAccountRepository implements OAuthAccountRepository {
  private final EntityManager em;
  private final UniqueInsert inserts;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaOAuthAccountRepository(EntityManager em) {
    this.em = em;
    this.inserts = new UniqueInsert(em);
  }

  @Override
  public Optional<OAuthAccount> find(String provider, String providerUserId) {
    return em.createQuery(
            "SELECT a FROM OAuthAccountJpaEntity a"
                + " WHERE a.provider = :provider AND a.providerUserId = :id",
            OAuthAccountJpaEntity.class)
        .setParameter("provider", provider)
        .setParameter("id", providerUserId)
        .getResultStream()
        .findFirst()
        .map(JpaOAuthAccountRepository::toDomain);
  }

  @Override
  public List<OAuthAccount> findByUser(UserId user) {
    return em
        .createQuery(
            "SELECT a FROM OAuthAccountJpaEntity a WHERE a.userId = :user"
                + " ORDER BY a.createdAt, a.id",
            OAuthAccountJpaEntity.class)
        .setParameter("user", user.value())
        .getResultList()
        .stream()
        .map(JpaOAuthAccountRepository::toDomain)
        .toList();
  }

  @Override
  public boolean insert(OAuthAccount account) {
    Map<String, Object> row = UniqueInsert.row();
    row.put("id", account.id());
    row.put("provider", account.provider());
    row.put("provider_user_id", account.providerUserId());
    row.put("user_id", account.userId().value());
    row.put("provider_email", account.providerEmail());
    row.put("access_token", account.sealedAccessToken());
    row.put("refresh_token", account.sealedRefreshToken());
    row.put("created_at", account.createdAt());
    return inserts.insert("fullauth_oauth_accounts", "uq_fullauth_oauth_accounts_identity", row);
  }

  @Override
  public void update(OAuthAccount account) {
    OAuthAccountJpaEntity row = em.find(OAuthAccountJpaEntity.class, account.id());
    if (row != null) {
      copy(account, row);
    }
  }

  @Override
  public boolean delete(UserId user, String provider) {
    return em.createQuery(
                "DELETE FROM OAuthAccountJpaEntity a"
                    + " WHERE a.userId = :user AND a.provider = :provider")
            .setParameter("user", user.value())
            .setParameter("provider", provider)
            .executeUpdate()
        > 0;
  }

  private static void copy(OAuthAccount account, OAuthAccountJpaEntity row) {
    row.provider = account.provider();
    row.providerUserId = account.providerUserId();
    row.userId = account.userId().value();
    row.providerEmail = account.providerEmail();
    row.accessToken = account.sealedAccessToken();
    row.refreshToken = account.sealedRefreshToken();
  }

  private static OAuthAccount toDomain(OAuthAccountJpaEntity row) {
    return new OAuthAccount(
        row.id,
        new UserId(row.userId),
        row.provider,
        row.providerUserId,
        row.providerEmail,
        row.accessToken,
        row.refreshToken,
        row.createdAt);
  }
}
