package dev.fullauth.adapter.persistence;

import dev.fullauth.adapter.persistence.schema.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database for adapter tests: the local PostgreSQL server ({@code FULLAUTH_TEST_PG_URL},
 * default the test database that scripts/test-database.sh creates) or an H2 file. The schema is
 * created by the production Flyway migrations; Hibernate runs resource-local here instead of JTA.
 */
public final class TestDatabase implements AutoCloseable {
  public enum Kind {
    POSTGRESQL,
    H2
  }

  private final DataSource dataSource;
  private final EntityManagerFactory emf;

  private TestDatabase(DataSource dataSource, String url, String user, String password) {
    this.dataSource = dataSource;
    SchemaMigrator.migrate(dataSource);
    HibernatePersistenceConfiguration config =
        new HibernatePersistenceConfiguration("fullauth-test")
            .jdbcUrl(url)
            .jdbcCredentials(user, password)
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.connection.pool_size", "16");
    for (String entity :
        new String[] {
          "dev.fullauth.adapter.persistence.user.UserJpaEntity",
          "dev.fullauth.adapter.persistence.session.RefreshTokenJpaEntity",
          "dev.fullauth.adapter.persistence.key.SigningKeyJpaEntity",
          "dev.fullauth.adapter.persistence.mail.OutboxMailJpaEntity",
          "dev.fullauth.adapter.persistence.oauth.OAuthAccountJpaEntity",
          "dev.fullauth.adapter.persistence.passkey.PasskeyJpaEntity"
        }) {
      try {
        config.managedClass(Class.forName(entity));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    this.emf = config.createEntityManagerFactory();
  }

  /** Opens a fresh, empty schema of the given kind. */
  public static TestDatabase open(Kind kind) throws Exception {
    if (kind == Kind.H2) {
      Path dir = Files.createTempDirectory("fullauth-h2-");
      String url = "jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=10000";
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      ds.setUser("fullauth");
      ds.setPassword("fullauth");
      return new TestDatabase(ds, url, "fullauth", "fullauth");
    }
    String base =
        System.getenv()
            .getOrDefault("FULLAUTH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/fullauth_test");
    String user = System.getenv().getOrDefault("FULLAUTH_TEST_PG_USER", "fullauth");
    String password = System.getenv().getOrDefault("FULLAUTH_TEST_PG_PASSWORD", "fullauth");
    String schema = "it_persistence";
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(base);
    admin.setUser(user);
    admin.setPassword(password);
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    return new TestDatabase(ds, url, user, password);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs work in one committed transaction and returns its result. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
  }
}
