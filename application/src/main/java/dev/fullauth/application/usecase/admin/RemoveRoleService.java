package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.RemoveRoleUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Removes a role from a user. */
@UseCase
@Transactional
public class RemoveRoleService implements RemoveRoleUseCase {
  private final RoleRepository roles;

  @Inject
  public RemoveRoleService(RoleRepository roles) {
    this.roles = roles;
  }

  @Override
  public void removeRole(UserId user, RoleName role) {
    roles.removeRole(user, role);
  }
}
