package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;
import dev.fullauth.domain.user.UserNotFoundException;

/**
 * Gives a user a role (anchor §2.4); the user must exist. Callers must be superusers; the REST
 * adapter checks that.
 */
public interface AssignRoleUseCase {
  /**
   * Changes the stored roles; the change applies to the next request of the affected users.
   *
   * @throws UserNotFoundException when no account has the id
   */
  void assignRole(UserId user, RoleName role);
}
