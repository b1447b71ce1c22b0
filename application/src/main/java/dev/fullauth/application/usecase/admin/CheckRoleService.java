package dev.fullauth.application.usecase.admin;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.admin.CheckRoleUseCase;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Checks roles against the stored ones, never the token's informational {@code roles} claim. */
@UseCase
@Transactional
public class CheckRoleService implements CheckRoleUseCase {
  private final UserRepository users;

  @Inject
  public CheckRoleService(UserRepository users) {
    this.users = users;
  }

  @Override
  public boolean holdsAny(User user, Set<String> roles) {
    return user.isSuperuser() || users.roleNamesOf(user.id()).stream().anyMatch(roles::contains);
  }
}
