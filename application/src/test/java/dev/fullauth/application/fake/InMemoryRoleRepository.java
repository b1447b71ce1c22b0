package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Roles and permissions in maps; user-role links live in {@link InMemoryUserRepository}. */
public final class InMemoryRoleRepository implements RoleRepository {
  private final InMemoryUserRepository users;
  private final Map<String, Set<String>> permissionsByRole = new ConcurrentHashMap<>();

  public InMemoryRoleRepository(InMemoryUserRepository users) {
    this.users = users;
  }

  @Override
  public void assignRole(UserId user, RoleName role) {
    if (!users.roleNamesOf(user).contains(role.value())) {
      users.grant(user, role.value());
    }
  }

  @Override
  public void removeRole(UserId user, RoleName role) {
    users.revoke(user, role.value());
  }

  @Override
  public void assignPermission(RoleName role, PermissionName permission) {
    permissionsByRole.computeIfAbsent(role.value(), k -> new TreeSet<>()).add(permission.value());
  }

  @Override
  public void removePermission(RoleName role, PermissionName permission) {
    permissionsByRole.getOrDefault(role.value(), new TreeSet<>()).remove(permission.value());
  }

  @Override
  public List<String> permissionsOf(RoleName role) {
    return List.copyOf(permissionsByRole.getOrDefault(role.value(), Set.of()));
  }

  @Override
  public Set<String> permissionsOf(UserId user) {
    return users.roleNamesOf(user).stream()
        .flatMap(r -> permissionsByRole.getOrDefault(r, Set.of()).stream())
        .collect(Collectors.toSet());
  }

  @Override
  public List<String> allRoleNames() {
    return List.copyOf(new TreeSet<>(permissionsByRole.keySet()));
  }
}
