package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.AssignPermissionUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Grants a permission to a role. */
@UseCase
@Transactional
public class AssignPermissionService implements AssignPermissionUseCase {
  private final RoleRepository roles;

  @Inject
  public AssignPermissionService(RoleRepository roles) {
    this.roles = roles;
  }

  @Override
  public void assignPermission(RoleName role, PermissionName permission) {
    roles.assignPermission(role, permission);
  }
}
