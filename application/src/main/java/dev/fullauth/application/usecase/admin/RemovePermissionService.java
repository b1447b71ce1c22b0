package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.RemovePermissionUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Withdraws a permission from a role. */
@UseCase
@Transactional
public class RemovePermissionService implements RemovePermissionUseCase {
  private final RoleRepository roles;

  @Inject
  public RemovePermissionService(RoleRepository roles) {
    this.roles = roles;
  }

  @Override
  public void removePermission(RoleName role, PermissionName permission) {
    roles.removePermission(role, permission);
  }
}
