package dev.fullauth.adapter.persistence.schema;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration}. Flyway
 * owns the schema for PostgreSQL and H2 alike; a failed migration throws, which aborts start-up.
 */
public final class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  /**
   * @param dataSource the application's database
   * @return the number of migrations applied now
   */
  public static int migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("fullauth_schema_history")
            .baselineOnMigrate(false)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        "schema at version "
            + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion
                : result.targetSchemaVersion)
            + ", "
            + result.migrationsExecuted
            + " migration(s) applied");
    return result.migrationsExecuted;
  }
}
