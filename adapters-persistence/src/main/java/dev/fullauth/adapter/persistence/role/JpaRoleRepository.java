package dev.fullauth.adapter.persistence.role;

import dev.fullauth.adapter.persistence.sql.SqlDialect;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Roles and permissions in {@code fullauth_roles}, {@code fullauth_permissions} and their link
 * tables, with native SQL. Inserts never fail on a duplicate, also under concurrency: PostgreSQL
 * uses {@code ON CONFLICT DO NOTHING}, H2 a {@code MERGE … WHEN NOT MATCHED}.
 */
public final class JpaRoleRepository implements RoleRepository {
  private final EntityManager em;
  private final Supplier<SqlDialect> dialect;

  /**
   * @param em a transaction-scoped entity manager
   */
  public JpaRoleRepository(EntityManager em) {
    this.em = em;
    this.dialect = SqlDialect.detectOnce(em);
  }

  @Override
  public void assignRole(UserId user, RoleName role) {
    UUID roleId = ensure("fullauth_roles", role.value());
    link("fullauth_user_roles", "user_id", user.value(), "role_id", roleId);
  }

  @Override
  public void removeRole(UserId user, RoleName role) {
    em.createNativeQuery(
            "DELETE FROM fullauth_user_roles WHERE user_id = ?1"
                + " AND role_id IN (SELECT id FROM fullauth_roles WHERE name = ?2)")
        .setParameter(1, user.value())
        .setParameter(2, role.value())
        .executeUpdate();
  }

  @Override
  public void assignPermission(RoleName role, PermissionName permission) {
    UUID roleId = ensure("fullauth_roles", role.value());
    UUID permissionId = ensure("fullauth_permissions", permission.value());
    link("fullauth_role_permissions", "role_id", roleId, "permission_id", permissionId);
  }

  @Override
  public void removePermission(RoleName role, PermissionName permission) {
    em.createNativeQuery(
            "DELETE FROM fullauth_role_permissions"
                + " WHERE role_id IN (SELECT id FROM fullauth_roles WHERE name = ?1)"
                + " AND permission_id IN (SELECT id FROM fullauth_permissions WHERE name = ?2)")
        .setParameter(1, role.value())
        .setParameter(2, permission.value())
        .executeUpdate();
  }

  @Override
  public List<String> permissionsOf(RoleName role) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT p.name FROM fullauth_permissions p"
                    + " JOIN fullauth_role_permissions rp ON rp.permission_id = p.id"
                    + " JOIN fullauth_roles r ON r.id = rp.role_id WHERE r.name = ?1 ORDER BY p.name")
            .setParameter(1, role.value())
            .getResultList();
    return rows.stream().map(String::valueOf).toList();
  }

  @Override
  public Set<String> permissionsOf(UserId user) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT DISTINCT p.name FROM fullauth_permissions p"
                    + " JOIN fullauth_role_permissions rp ON rp.permission_id = p.id"
                    + " JOIN fullauth_user_roles ur ON ur.role_id = rp.role_id WHERE ur.user_id = ?1")
            .setParameter(1, user.value())
            .getResultList();
    Set<String> out = new LinkedHashSet<>();
    rows.forEach(r -> out.add(String.valueOf(r)));
    return out;
  }

  @Override
  public List<String> allRoleNames() {
    List<?> rows =
        em.createNativeQuery("SELECT name FROM fullauth_roles ORDER BY name").getResultList();
    return rows.stream().map(String::valueOf).toList();
  }

  /** Inserts the named row unless it exists, then returns its id. */
  private UUID ensure(String table, String name) {
    UUID candidate = TimeOrderedIds.uuidV7(Instant.now());
    String sql =
        isPostgres()
            ? "INSERT INTO " + table + " (id, name) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING"
            : "MERGE INTO "
                + table
                + " t USING (VALUES (CAST(?1 AS UUID), CAST(?2 AS VARCHAR(200)))) s(id, name)"
                + " ON t.name = s.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, s.name)";
    em.createNativeQuery(sql).setParameter(1, candidate).setParameter(2, name).executeUpdate();
    Object id =
        em.createNativeQuery("SELECT id FROM " + table + " WHERE name = ?1")
            .setParameter(1, name)
            .getSingleResult();
    return switch (id) {
      case UUID uuid -> uuid;
      case byte[] bytes -> {
        // H2 hands native UUID columns back as 16 raw bytes.
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        yield new UUID(buffer.getLong(), buffer.getLong());
      }
      default -> UUID.fromString(String.valueOf(id));
    };
  }

  private void link(String table, String leftColumn, UUID left, String rightColumn, UUID right) {
    String sql =
        isPostgres()
            ? "INSERT INTO "
                + table
                + " ("
                + leftColumn
                + ", "
                + rightColumn
                + ") VALUES (?1, ?2)"
                + " ON CONFLICT DO NOTHING"
            : "MERGE INTO "
                + table
                + " t USING (VALUES (CAST(?1 AS UUID), CAST(?2 AS UUID))) s(l, r)"
                + " ON t."
                + leftColumn
                + " = s.l AND t."
                + rightColumn
                + " = s.r"
                + " WHEN NOT MATCHED THEN INSERT ("
                + leftColumn
                + ", "
                + rightColumn
                + ") VALUES (s.l, s.r)";
    em.createNativeQuery(sql).setParameter(1, left).setParameter(2, right).executeUpdate();
  }

  private boolean isPostgres() {
    return dialect.get() == SqlDialect.POSTGRESQL;
  }
}
