package dev.fullauth.adapter.persistence.sql;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Inserts one row unless a named unique constraint already holds its value, and says which
 * happened, without failing the caller's transaction. A failed statement would: PostgreSQL refuses
 * every further statement of a transaction after an error, and Hibernate marks the transaction for
 * rollback on any persistence exception. So the row goes in through the session's JDBC connection:
 *
 * <ul>
 *   <li>PostgreSQL: {@code INSERT … ON CONFLICT ON CONSTRAINT <name> DO NOTHING}, whose update
 *       count tells. It waits for a concurrent insert of the same value and then does nothing if
 *       that one committed.
 *   <li>H2: a plain {@code INSERT}; H2 undoes only the failed statement, so a unique violation
 *       (SQLState 23505) of exactly this constraint, recognised by its name in the message, is
 *       caught. H2 too waits for a concurrent insert of the same value before it decides.
 * </ul>
 *
 * Any other error (another constraint, a lost connection) propagates.
 */
public final class UniqueInsert {
  private static final String UNIQUE_VIOLATION = "23505";

  private final EntityManager em;
  private final Supplier<SqlDialect> dialect;

  /**
   * @param em the adapter's transaction-scoped entity manager
   */
  public UniqueInsert(EntityManager em) {
    this.em = em;
    this.dialect = SqlDialect.detectOnce(em);
  }

  /**
   * @param table the table
   * @param constraint the unique constraint whose violation means "taken" (as in the migrations)
   * @param columns column names and values in insertion order; {@link Instant}s are stored as UTC
   *     timestamps
   * @return true if the row was inserted, false if the constraint already holds its value
   */
  public boolean insert(String table, String constraint, Map<String, Object> columns) {
    // Pending entity changes of the caller reach the database first, in the order they were made.
    em.flush();
    SqlDialect db = dialect.get();
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns.keySet())
            + ") VALUES ("
            + String.join(", ", columns.keySet().stream().map(c -> "?").toList())
            + ")"
            + (db == SqlDialect.POSTGRESQL
                ? " ON CONFLICT ON CONSTRAINT " + constraint + " DO NOTHING"
                : "");
    List<Object> values = new ArrayList<>(columns.values());
    return em.unwrap(Session.class).doReturningWork(c -> execute(c, sql, values, db, constraint));
  }

  /**
   * @return an ordered column map, for callers building one row
   */
  public static Map<String, Object> row() {
    return new LinkedHashMap<>();
  }

  private static boolean execute(
      Connection connection, String sql, List<Object> values, SqlDialect db, String constraint)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        statement.setObject(
            i + 1,
            value instanceof Instant instant
                ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : value);
      }
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (db == SqlDialect.H2 && violates(e, constraint)) {
        return false;
      }
      throw e;
    }
  }

  /** H2 names the violated constraint in the message: {@code "PUBLIC.UQ_… INDEX …"}. */
  static boolean violates(SQLException e, String constraint) {
    return UNIQUE_VIOLATION.equals(e.getSQLState())
        && e.getMessage() != null
        && Pattern.compile("\\b" + Pattern.quote(constraint.toUpperCase(Locale.ROOT)) + "\\b")
            .matcher(e.getMessage().toUpperCase(Locale.ROOT))
            .find();
  }
}
