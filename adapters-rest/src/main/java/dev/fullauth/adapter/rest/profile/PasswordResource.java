package dev.fullauth.adapter.rest.profile;

import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.RateLimits;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.profile.ChangePasswordCommand;
import dev.fullauth.application.port.in.profile.ChangePasswordUseCase;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.domain.password.PlainPassword;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** POST /change-password (anchor §2.2). */
@Path("api/v1/auth/change-password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {
  @Inject Caller caller;
  @Inject ChangePasswordUseCase changePassword;
  @Inject RateLimits rateLimits;

  /** Changes the caller's password; other sessions are revoked, this one stays. */
  @POST
  public Response change(String raw) {
    JsonBody body = JsonBody.required(raw);
    String newPassword = body.requiredString("new_password");
    String currentPassword = body.optionalString("current_password");
    body.done();
    AuthenticatedUser me = caller.require();
    // Each check of the current password costs a hash and is a guess for a stolen token.
    rateLimits.consume(RateBucket.CHANGE_PASSWORD);
    changePassword.change(
        new ChangePasswordCommand(
            me.user().id(),
            me.session().orElse(null),
            currentPassword == null ? null : new PlainPassword(currentPassword),
            new PlainPassword(newPassword)));
    return Response.ok(Json.detail("Password changed successfully.")).build();
  }
}
