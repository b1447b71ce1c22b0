package dev.fullauth.adapter.persistence.user;

import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Users in {@code fullauth_users}, through JPA. */
public final class JpaUserRepository implements UserRepository {
  private final EntityManager em;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaUserRepository(EntityManager em) {
    this.em = em;
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
    UserJpaEntity row = new UserJpaEntity();
    UserJpaMapper.copy(user, row);
    try {
      em.persist(row);
      em.flush();
    } catch (PersistenceException e) {
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
