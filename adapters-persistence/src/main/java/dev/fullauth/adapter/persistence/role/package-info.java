/** Native-SQL persistence of roles and permissions. */
package dev.fullauth.adapter.persistence.role;
