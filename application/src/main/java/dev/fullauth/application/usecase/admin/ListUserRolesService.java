package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.ListUserRolesUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Lists a user's stored roles; superusers get every existing role. */
@UseCase
@Transactional
public class ListUserRolesService implements ListUserRolesUseCase {
  private final UserRepository users;
  private final RoleRepository roles;

  @Inject
  public ListUserRolesService(UserRepository users, RoleRepository roles) {
    this.users = users;
    this.roles = roles;
  }

  @Override
  public Set<String> rolesOf(User user) {
    return Set.copyOf(user.isSuperuser() ? roles.allRoleNames() : users.roleNamesOf(user.id()));
  }
}
