package dev.fullauth.adapter.rest.profile;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.error.ValidationIssue;
import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.StoredText;
import dev.fullauth.adapter.rest.support.UserJson;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.profile.DeleteAccountUseCase;
import dev.fullauth.application.port.in.profile.UpdateProfileCommand;
import dev.fullauth.application.port.in.profile.UpdateProfileUseCase;
import dev.fullauth.domain.shared.AccessDeniedException;
import dev.fullauth.domain.user.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The caller's own account: read, update, delete (anchor §2.2). */
@Path("api/v1/auth/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
  /** Fields that PATCH silently drops (anchor §2.2). */
  static final Set<String> PROTECTED =
      Set.of(
          "id",
          "email",
          "hashed_password",
          "is_active",
          "is_verified",
          "is_superuser",
          "roles",
          "password",
          "created_at",
          "refresh_tokens");

  /** Fields that PATCH may change. */
  static final Set<String> UPDATABLE = Set.of("display_name");

  @Inject Caller caller;
  @Inject UpdateProfileUseCase updateProfile;
  @Inject DeleteAccountUseCase deleteAccount;

  /** GET /me */
  @GET
  public Response me() {
    return Response.ok(UserJson.of(caller.require().user())).build();
  }

  /** GET /me/verified: 403 until the e-mail address is verified. */
  @GET
  @Path("verified")
  public Response meVerified() {
    User user = caller.require().user();
    if (!user.isVerified()) {
      throw new AccessDeniedException("e-mail not verified");
    }
    return Response.ok(UserJson.of(user)).build();
  }

  /** PATCH /me: updates {@code display_name}; protected keys are dropped, unknown keys refused. */
  @PATCH
  public Response update(String raw) {
    JsonBody body = JsonBody.required(raw);
    Set<String> keys = new TreeSet<>(body.object().keySet());
    keys.removeAll(PROTECTED);
    String displayName = null;
    if (keys.contains("display_name")) {
      displayName = body.optionalString("display_name");
      if (displayName != null
          && displayName.codePointCount(0, displayName.length()) > User.DISPLAY_NAME_MAX) {
        body.addIssue(
            ValidationIssue.tooLong(List.of("body", "display_name"), User.DISPLAY_NAME_MAX));
      } else if (!StoredText.isStorable(displayName)) {
        body.addIssue(StoredText.notStorable(List.of("body", "display_name")));
      }
    }
    body.done();
    AuthenticatedUser me = caller.require();
    if (keys.isEmpty()) {
      return ErrorResponses.detail(400, "No valid fields to update");
    }
    Set<String> unknown = new TreeSet<>(keys);
    unknown.removeAll(UPDATABLE);
    if (!unknown.isEmpty()) {
      return ErrorResponses.detail(422, "Unknown fields: " + String.join(", ", unknown));
    }
    User updated = updateProfile.update(new UpdateProfileCommand(me.user().id(), displayName));
    return Response.ok(UserJson.of(updated)).build();
  }

  /** DELETE /me: 204; every session is revoked, then the account deleted. */
  @DELETE
  public Response delete() {
    deleteAccount.delete(caller.require().user().id());
    return Response.noContent().build();
  }
}
