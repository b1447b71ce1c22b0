package dev.fullauth.adapter.persistence.sql;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The two databases FullAuth runs on, for the few statements whose syntax differs between them
 * (upserts, updates that return the rows they changed). Adapters detect it once, from the JDBC
 * connection's metadata, and keep it.
 */
public enum SqlDialect {
  /** PostgreSQL, the production database. */
  POSTGRESQL,
  /** H2 2.x, the embedded default. */
  H2;

  /**
   * @param em an open entity manager (within a transaction, so that a connection is at hand)
   * @return the database behind it; anything that does not call itself PostgreSQL is taken for H2
   */
  public static SqlDialect of(EntityManager em) {
    String product =
        em.unwrap(Session.class)
            .doReturningWork(c -> c.getMetaData().getDatabaseProductName())
            .toLowerCase(Locale.ROOT);
    return product.contains("postgres") ? POSTGRESQL : H2;
  }

  /**
   * @param em the adapter's entity manager
   * @return a supplier that asks the database on its first call and answers from memory after
   */
  public static Supplier<SqlDialect> detectOnce(EntityManager em) {
    return new Supplier<>() {
      private volatile SqlDialect known;

      @Override
      public SqlDialect get() {
        SqlDialect dialect = known;
        if (dialect == null) {
          dialect = of(em);
          known = dialect;
        }
        return dialect;
      }
    };
  }
}
