package dev.fullauth.application.usecase.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.fake.InMemoryRoleRepository;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.application.usecase.account.EnsureBootstrapAdminService;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import dev.fullauth.domain.user.UserNotFoundException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessControlTest {
  private final Fixture f = new Fixture();
  private final InMemoryRoleRepository roles = new InMemoryRoleRepository(f.users);

  @Test
  void permissions_areTheUnionOverRoles_andSuperusersHoldAll() {
    User ann = f.registeredAndLoggedIn("ann@example.com", "password123").user();
    new AssignRoleService(f.users, roles).assignRole(ann.id(), new RoleName("writer"));
    new AssignRoleService(f.users, roles).assignRole(ann.id(), new RoleName("chief"));
    new AssignPermissionService(roles)
        .assignPermission(new RoleName("writer"), new PermissionName("posts:write"));
    new AssignPermissionService(roles)
        .assignPermission(new RoleName("chief"), new PermissionName("posts:admin"));
    CheckPermissionService check = new CheckPermissionService(roles);
    assertThat(check.holdsAny(ann, Set.of("posts:admin"))).isTrue();
    assertThat(check.holdsAny(ann, Set.of("posts:delete"))).isFalse();
    new RemoveRoleService(roles).removeRole(ann.id(), new RoleName("chief"));
    assertThat(check.holdsAny(ann, Set.of("posts:admin"))).isFalse();
    assertThat(check.holdsAny(ann.promoteToSuperuser(), Set.of("posts:delete"))).isTrue();
    assertThat(new ListRolePermissionsService(roles).permissionsOf(new RoleName("writer")))
        .containsExactly("posts:write");
  }

  @Test
  void roles_areReadFromStorage_andSuperusersHoldAll() {
    User ann = f.registeredAndLoggedIn("ann@example.com", "password123").user();
    CheckRoleService check = new CheckRoleService(f.users);
    assertThat(check.holdsAny(ann, Set.of("editor"))).isFalse();
    f.users.grant(ann.id(), "editor");
    assertThat(check.holdsAny(ann, Set.of("editor", "other"))).isTrue();
    assertThat(check.holdsAny(ann.promoteToSuperuser(), Set.of("anything"))).isTrue();
  }

  @Test
  void assigningARole_toAMissingUser_isNotFound() {
    assertThatThrownBy(
            () ->
                new AssignRoleService(f.users, roles)
                    .assignRole(UserId.generate(f.clock.instant()), new RoleName("x")))
        .isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void bootstrapAdmin_isCreatedOnce_verifiedAndSuperuser() {
    EnsureBootstrapAdminService ensure =
        new EnsureBootstrapAdminService(f.users, f.hasher, f.passwordPolicy, f.clock);
    assertThat(
            ensure.ensure(
                EmailAddress.of("Admin@Example.com"), new PlainPassword("admin-password")))
        .isTrue();
    assertThat(
            ensure.ensure(
                EmailAddress.of("admin@example.com"), new PlainPassword("other-password")))
        .isFalse();
    User admin = f.users.findByEmail(EmailAddress.of("admin@example.com")).orElseThrow();
    assertThat(admin.isSuperuser()).isTrue();
    assertThat(admin.isVerified()).isTrue();
    assertThat(
            f.hasher.verify(
                new PlainPassword("admin-password"), admin.passwordHash().orElseThrow()))
        .isTrue();
    assertThatThrownBy(
            () -> ensure.ensure(EmailAddress.of("weak@example.com"), new PlainPassword("short")))
        .isInstanceOf(PasswordPolicyViolationException.class);
  }
}
