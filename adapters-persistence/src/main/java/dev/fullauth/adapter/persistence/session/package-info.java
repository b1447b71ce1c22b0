/** JPA persistence of sessions. */
package dev.fullauth.adapter.persistence.session;
