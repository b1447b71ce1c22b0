package dev.fullauth.bootstrap.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's database, defined from MicroProfile Config so that environment variables switch
 * the same WAR from the embedded H2 default to PostgreSQL ({@code FULLAUTH_DB_URL}, {@code
 * FULLAUTH_DB_USER}, {@code FULLAUTH_DB_PASSWORD}). The driver class follows from the URL.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/fullauth",
    className = "${MPCONFIG=fullauth.db.datasource.resolved}",
    url = "${MPCONFIG=fullauth.db.url}",
    user = "${MPCONFIG=fullauth.db.user}",
    password = "${MPCONFIG=fullauth.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // Every connection taken from the pool is checked with Connection.isValid (a round trip
      // for PostgreSQL), and one failure discards the whole pool: after a database outage the
      // first request gets fresh connections instead of a failure per stale one.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class DataSourceConfig {}
