/** Role-based access control: role and permission names. */
package dev.fullauth.domain.role;
