package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;

/**
 * Grants a permission to a role; both are created when needed. Callers must be superusers; the REST
 * adapter checks that.
 */
public interface AssignPermissionUseCase {
  /** Changes the stored roles; the change applies to the next request of the affected users. */
  void assignPermission(RoleName role, PermissionName permission);
}
