package dev.fullauth.adapter.rest.mail;

import dev.fullauth.adapter.rest.passkey.PasskeyJson;
import dev.fullauth.adapter.rest.support.ClientInfoResolver;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.RateLimits;
import dev.fullauth.application.port.in.mail.LoginMethods;
import dev.fullauth.application.port.in.mail.RequestPasswordResetUseCase;
import dev.fullauth.application.port.in.mail.ResetPasswordUseCase;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Password reset (anchor §2.3): request a link for an address, confirm with a new password. */
@Path("api/v1/auth/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {
  @Inject ClientInfoResolver client;
  @Inject RateLimits rateLimits;
  @Inject RequestPasswordResetUseCase request;
  @Inject ResetPasswordUseCase reset;

  /** POST /password-reset/request {"email"}: always 202, known address or not. */
  @POST
  @Path("request")
  public Response request(String raw) {
    JsonBody body = JsonBody.required(raw);
    String email = body.requiredEmail("email");
    body.done();
    rateLimits.consume(RateBucket.PASSWORD_RESET);
    request.request(EmailAddress.of(email), client.locale());
    return Response.accepted(Json.detail("If the email exists, a reset link has been sent."))
        .build();
  }

  /**
   * POST /password-reset/confirm {"token", "new_password"}: 200; 401 bad token; 422 weak password.
   */
  @POST
  @Path("confirm")
  public Response confirm(String raw) {
    JsonBody body = JsonBody.required(raw);
    String token = body.requiredString("token");
    String newPassword = body.requiredString("new_password");
    body.done();
    rateLimits.consume(RateBucket.PASSWORD_RESET);
    LoginMethods remaining = reset.reset(token, new PlainPassword(newPassword));
    JsonArrayBuilder passkeys = jakarta.json.Json.createArrayBuilder();
    remaining.passkeys().forEach(p -> passkeys.add(PasskeyJson.passkey(p)));
    JsonArrayBuilder providers = jakarta.json.Json.createArrayBuilder();
    remaining.oauthProviders().forEach(providers::add);
    return Response.ok(
            jakarta.json.Json.createObjectBuilder()
                .add("detail", "Password has been reset.")
                .add(
                    "login_methods",
                    jakarta.json.Json.createObjectBuilder()
                        .add("password", true)
                        .add("passkeys", passkeys)
                        .add("oauth_providers", providers))
                .build())
        .build();
  }
}
