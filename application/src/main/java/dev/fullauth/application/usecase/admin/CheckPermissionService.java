package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.CheckPermissionUseCase;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Checks permissions against the stored roles, so that changes apply on the next request. */
@UseCase
@Transactional
public class CheckPermissionService implements CheckPermissionUseCase {
  private final RoleRepository roles;

  @Inject
  public CheckPermissionService(RoleRepository roles) {
    this.roles = roles;
  }

  @Override
  public boolean holdsAny(User user, Set<String> permissions) {
    if (user.isSuperuser()) {
      return true;
    }
    Set<String> held = roles.permissionsOf(user.id());
    return permissions.stream().anyMatch(held::contains);
  }
}
