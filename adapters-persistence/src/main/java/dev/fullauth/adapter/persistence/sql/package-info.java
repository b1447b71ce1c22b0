/** What the persistence adapters need to know about the database behind the entity manager. */
package dev.fullauth.adapter.persistence.sql;
