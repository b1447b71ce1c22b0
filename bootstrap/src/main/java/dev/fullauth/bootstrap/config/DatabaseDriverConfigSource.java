package dev.fullauth.bootstrap.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the data-source class from the JDBC URL, so that setting {@code FULLAUTH_DB_URL} alone
 * switches databases: {@code jdbc:postgresql:} uses PostgreSQL's data source, anything else H2's.
 * {@code FULLAUTH_DB_DATASOURCE_CLASS} overrides the choice.
 */
public class DatabaseDriverConfigSource implements ConfigSource {
  static final String KEY = "fullauth.db.datasource.resolved";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, resolve());
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? resolve() : null;
  }

  @Override
  public String getName() {
    return "fullauth-derived";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  static String resolve() {
    String explicit = first("fullauth.db.datasource.class", "FULLAUTH_DB_DATASOURCE_CLASS");
    if (explicit != null && !explicit.isBlank()) {
      return explicit;
    }
    String url = first("fullauth.db.url", "FULLAUTH_DB_URL");
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    return "org.h2.jdbcx.JdbcDataSource";
  }

  private static String first(String property, String env) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(env);
  }
}
