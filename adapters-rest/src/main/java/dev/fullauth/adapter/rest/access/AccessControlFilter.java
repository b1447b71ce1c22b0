package dev.fullauth.adapter.rest.access;

import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.admin.CheckPermissionUseCase;
import dev.fullauth.application.port.in.admin.CheckRoleUseCase;
import dev.fullauth.domain.shared.AccessDeniedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/**
 * Authenticates the caller with its FullAuth access token and checks the guard of one resource
 * method; exceptions are mapped to the contract's 401/403 bodies. It also installs a {@link
 * SecurityContext} whose principal is the user id, for the resource's own use.
 */
@Priority(Priorities.AUTHORIZATION)
class AccessControlFilter implements ContainerRequestFilter {
  private final Set<String> roles;
  private final Set<String> permissions;

  AccessControlFilter(Set<String> roles, Set<String> permissions) {
    this.roles = Set.copyOf(roles);
    this.permissions = Set.copyOf(permissions);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    AuthenticatedUser caller = CDI.current().select(Caller.class).get().require();
    if (!roles.isEmpty()
        && !CDI.current().select(CheckRoleUseCase.class).get().holdsAny(caller.user(), roles)) {
      throw new AccessDeniedException("none of the roles " + roles);
    }
    if (!permissions.isEmpty()
        && !CDI.current()
            .select(CheckPermissionUseCase.class)
            .get()
            .holdsAny(caller.user(), permissions)) {
      throw new AccessDeniedException("none of the permissions " + permissions);
    }
    SecurityContext original = request.getSecurityContext();
    String name = caller.user().id().toString();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return () -> name;
          }

          @Override
          public boolean isUserInRole(String role) {
            return CDI.current()
                .select(CheckRoleUseCase.class)
                .get()
                .holdsAny(caller.user(), Set.of(role));
          }

          @Override
          public boolean isSecure() {
            return original.isSecure();
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }
}
