package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.AssignRoleUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;
import dev.fullauth.domain.user.UserNotFoundException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Assigns a role to an existing user. */
@UseCase
@Transactional
public class AssignRoleService implements AssignRoleUseCase {
  private final UserRepository users;
  private final RoleRepository roles;

  @Inject
  public AssignRoleService(UserRepository users, RoleRepository roles) {
    this.users = users;
    this.roles = roles;
  }

  @Override
  public void assignRole(UserId user, RoleName role) {
    if (users.findById(user).isEmpty()) {
      throw new UserNotFoundException();
    }
    roles.assignRole(user, role);
  }
}
