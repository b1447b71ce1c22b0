package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.role.RoleName;
import java.util.List;

/** Lists a role's permissions (anchor §2.4); an unknown role has none. */
public interface ListRolePermissionsUseCase {
  /**
   * @return the permission names, sorted
   */
  List<String> permissionsOf(RoleName role);
}
