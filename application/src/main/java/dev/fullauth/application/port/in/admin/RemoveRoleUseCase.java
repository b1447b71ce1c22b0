package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;

/**
 * Takes a role from a user; a no-op when absent. Callers must be superusers; the REST adapter
 * checks that.
 */
public interface RemoveRoleUseCase {
  /** Changes the stored roles; the change applies to the next request of the affected users. */
  void removeRole(UserId user, RoleName role);
}
