package dev.fullauth.adapter.rest.admin;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.error.ValidationIssue;
import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.StoredText;
import dev.fullauth.application.port.in.admin.AssignPermissionUseCase;
import dev.fullauth.application.port.in.admin.AssignRoleUseCase;
import dev.fullauth.application.port.in.admin.ListRolePermissionsUseCase;
import dev.fullauth.application.port.in.admin.RemovePermissionUseCase;
import dev.fullauth.application.port.in.admin.RemoveRoleUseCase;
import dev.fullauth.application.port.in.keys.RotateSigningKeyUseCase;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.user.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The five admin routes (anchor §2.4): superusers only; no token → 401, others → 403. */
@Path("api/v1/auth/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject Caller caller;
  @Inject AssignRoleUseCase assignRole;
  @Inject RemoveRoleUseCase removeRole;
  @Inject AssignPermissionUseCase assignPermission;
  @Inject RemovePermissionUseCase removePermission;
  @Inject ListRolePermissionsUseCase rolePermissions;
  @Inject RotateSigningKeyUseCase rotateKey;

  /** A {@code {"user_id", "role"}} body. */
  private record UserRole(UserId user, RoleName role) {}

  /** A {@code {"role", "permission"}} body. */
  private record RolePermission(RoleName role, PermissionName permission) {}

  @POST
  @Path("assign-role")
  public Response assignRole(String raw) {
    UserRole body = userRole(raw);
    caller.requireSuperuser();
    assignRole.assignRole(body.user(), body.role());
    return message("Role '" + body.role() + "' assigned to user " + body.user() + ".");
  }

  @POST
  @Path("remove-role")
  public Response removeRole(String raw) {
    UserRole body = userRole(raw);
    caller.requireSuperuser();
    removeRole.removeRole(body.user(), body.role());
    return message("Role '" + body.role() + "' removed from user " + body.user() + ".");
  }

  @POST
  @Path("assign-permission")
  public Response assignPermission(String raw) {
    RolePermission body = rolePermission(raw);
    caller.requireSuperuser();
    assignPermission.assignPermission(body.role(), body.permission());
    return message(
        "Permission '" + body.permission() + "' assigned to role '" + body.role() + "'.");
  }

  @POST
  @Path("remove-permission")
  public Response removePermission(String raw) {
    RolePermission body = rolePermission(raw);
    caller.requireSuperuser();
    removePermission.removePermission(body.role(), body.permission());
    return message(
        "Permission '" + body.permission() + "' removed from role '" + body.role() + "'.");
  }

  @GET
  @Path("role-permissions/{role_name}")
  public Response rolePermissions(@PathParam("role_name") String roleName) {
    caller.requireSuperuser();
    JsonArrayBuilder out = Json.createArrayBuilder();
    if (roleName.length() <= RoleName.MAX_LENGTH
        && !roleName.isEmpty()
        && roleName.equals(roleName.strip())
        && StoredText.isStorable(roleName)) {
      rolePermissions.permissionsOf(new RoleName(roleName)).forEach(out::add);
    }
    return Response.ok(out.build()).build();
  }

  /** POST /admin/keys/rotate: a new signing key now; 409 for HMAC algorithms. */
  @POST
  @Path("keys/rotate")
  public Response rotateKey() {
    caller.requireSuperuser();
    try {
      String kid = rotateKey.rotate();
      return Response.ok(
              Json.createObjectBuilder()
                  .add("detail", "Signing key rotated.")
                  .add("kid", kid)
                  .build())
          .build();
    } catch (IllegalStateException e) {
      return ErrorResponses.detail(409, "The signing key is FULLAUTH_SECRET_KEY; rotate it there.");
    }
  }

  private static UserRole userRole(String raw) {
    JsonBody body = JsonBody.required(raw);
    String userId = body.requiredString("user_id");
    String role = body.requiredString("role");
    UserId id = null;
    if (userId != null) {
      id = UserId.parse(userId).orElse(null);
      if (id == null) {
        body.addIssue(ValidationIssue.invalidUuid(List.of("body", "user_id")));
      }
    }
    checkName(body, "role", role, RoleName.MAX_LENGTH);
    body.done();
    return new UserRole(id, new RoleName(role));
  }

  private static RolePermission rolePermission(String raw) {
    JsonBody body = JsonBody.required(raw);
    String role = body.requiredString("role");
    String permission = body.requiredString("permission");
    checkName(body, "role", role, RoleName.MAX_LENGTH);
    checkName(body, "permission", permission, PermissionName.MAX_LENGTH);
    body.done();
    return new RolePermission(new RoleName(role), new PermissionName(permission));
  }

  private static void checkName(JsonBody body, String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.strip().isEmpty() || !value.equals(value.strip())) {
      body.addIssue(
          new ValidationIssue(
              "value_error", List.of("body", field), "Value error, must not be blank or padded"));
    } else if (value.length() > max) {
      body.addIssue(ValidationIssue.tooLong(List.of("body", field), max));
    } else if (!StoredText.isStorable(value)) {
      body.addIssue(StoredText.notStorable(List.of("body", field)));
    }
  }

  private static Response message(String detail) {
    return Response.ok(Json.detail(detail)).build();
  }
}
