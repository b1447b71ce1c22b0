/** Schema ownership: Flyway migrations for PostgreSQL and H2. */
package dev.fullauth.adapter.persistence.schema;
