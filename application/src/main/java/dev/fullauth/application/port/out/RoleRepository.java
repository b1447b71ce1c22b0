package dev.fullauth.application.port.out;

import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;
import java.util.List;
import java.util.Set;

/**
 * Stores roles, their permissions and the users holding them (anchor §8.3). Roles and permissions
 * are created implicitly; every assignment is idempotent, also under concurrent duplicates. Joins
 * the caller's transaction.
 */
public interface RoleRepository {
  /** Gives the user the role, creating the role when needed. */
  void assignRole(UserId user, RoleName role);

  /** Takes the role from the user; absent role or link is a no-op. */
  void removeRole(UserId user, RoleName role);

  /** Grants the permission to the role, creating both when needed. */
  void assignPermission(RoleName role, PermissionName permission);

  /** Withdraws the permission from the role; absent entries are a no-op. */
  void removePermission(RoleName role, PermissionName permission);

  /**
   * @return the role's permission names, sorted; empty for an unknown role
   */
  List<String> permissionsOf(RoleName role);

  /**
   * @return the union of the permissions of the user's roles
   */
  Set<String> permissionsOf(UserId user);

  /**
   * @return the names of every role that exists
   */
  List<String> allRoleNames();
}
