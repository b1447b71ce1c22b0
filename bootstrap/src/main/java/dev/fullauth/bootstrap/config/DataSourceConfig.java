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
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
@ApplicationScoped
public class DataSourceConfig {}
