package dev.fullauth.bootstrap.persistence;

import dev.fullauth.adapter.persistence.schema.SchemaMigrator;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;

/**
 * Migrates the schema when the application starts; a failure aborts the deployment. Readiness stays
 * down until the migration has finished.
 */
@ApplicationScoped
public class SchemaMigration {
  @Resource(lookup = "java:app/jdbc/fullauth")
  DataSource dataSource;

  private volatile boolean migrated;

  // First of the start-up observers: the others need the schema.
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    SchemaMigrator.migrate(dataSource);
    migrated = true;
  }

  /**
   * @return whether the schema is up to date
   */
  public boolean isMigrated() {
    return migrated;
  }
}
