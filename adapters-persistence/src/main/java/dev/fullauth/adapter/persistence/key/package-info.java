/** JPA persistence of keys. */
package dev.fullauth.adapter.persistence.key;
