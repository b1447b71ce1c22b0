package dev.fullauth.adapter.persistence.user;

import dev.fullauth.adapter.persistence.sql.UniqueInsert;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users in {@code fullauth_users}, through JPA. */
public final class JpaUserRepository implements UserRepository {
  private final EntityManager em;
  private final UniqueInsert inserts;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaUserRepository(EntityManager em) {
    this.em = em;
    this.inserts = new UniqueInsert(em);
  }

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(em.find(UserJpaEntity.class, id.value()))
        .map(UserJpaMapper::toDomain);
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return em.createQuery(
            "SELECT u FROM UserJpaEntity u WHERE u.email = :email", UserJpaEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(UserJpaMapper::toDomain);
  }

  @Override
  public void insert(User user) {
    Map<String, Object> row = UniqueInsert.row();
    row.put("id", user.id().value());
    row.put("email", user.email().value());
    row.put("hashed_password", user.passwordHash().map(PasswordHash::encoded).orElse(null));
    row.put("is_active", user.isActive());
    row.put("is_verified", user.isVerified());
    row.put("is_superuser", user.isSuperuser());
    row.put("display_name", user.displayName().orElse(null));
    row.put("created_at", user.createdAt());
    // Only the address's own constraint means "taken"; the caller's transaction stays usable.
    if (!inserts.insert("fullauth_users", "uq_fullauth_users_email", row)) {
      throw new UserAlreadyExistsException();
    }
  }

  @Override
  public void update(User user) {
    UserJpaEntity row = em.find(UserJpaEntity.class, user.id().value());
    if (row != null) {
      UserJpaMapper.copy(user, row);
    }
  }

  @Override
  public void delete(UserId id) {
    em.flush();
    em.createQuery("DELETE FROM UserJpaEntity u WHERE u.id = :id")
        .setParameter("id", id.value())
        .executeUpdate();
    em.clear();
  }

  @Override
  public List<String> roleNamesOf(UserId id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT r.name FROM fullauth_roles r JOIN fullauth_user_roles ur ON ur.role_id = r.id"
                    + " WHERE ur.user_id = ?1 ORDER BY r.name")
            .setParameter(1, id.value())
            .getResultList();
    return rows.stream().map(String::valueOf).toList();
  }
}
