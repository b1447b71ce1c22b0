/** JPA persistence of users. */
package dev.fullauth.adapter.persistence.user;
