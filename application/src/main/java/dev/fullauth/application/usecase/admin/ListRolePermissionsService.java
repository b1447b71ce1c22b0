package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.ListRolePermissionsUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.role.RoleName;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists a role's permissions. */
@UseCase
@Transactional
public class ListRolePermissionsService implements ListRolePermissionsUseCase {
  private final RoleRepository roles;

  @Inject
  public ListRolePermissionsService(RoleRepository roles) {
    this.roles = roles;
  }

  @Override
  public List<String> permissionsOf(RoleName role) {
    return roles.permissionsOf(role);
  }
}
