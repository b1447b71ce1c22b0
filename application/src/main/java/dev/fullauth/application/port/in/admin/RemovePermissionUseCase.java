package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;

/**
 * Withdraws a permission from a role; a no-op when absent. Callers must be superusers; the REST
 * adapter checks that.
 */
public interface RemovePermissionUseCase {
  /** Changes the stored roles; the change applies to the next request of the affected users. */
  void removePermission(RoleName role, PermissionName permission);
}
