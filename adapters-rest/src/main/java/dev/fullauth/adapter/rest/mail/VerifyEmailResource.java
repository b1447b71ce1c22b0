package dev.fullauth.adapter.rest.mail;

import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.ClientInfoResolver;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.RateLimits;
import dev.fullauth.application.port.in.mail.ConfirmEmailUseCase;
import dev.fullauth.application.port.in.mail.RequestEmailVerificationUseCase;
import dev.fullauth.application.port.in.protection.RateBucket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** E-mail verification (anchor §2.3): request a link, confirm its token. */
@Path("api/v1/auth/verify-email")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerifyEmailResource {
  @Inject Caller caller;
  @Inject ClientInfoResolver client;
  @Inject RateLimits rateLimits;
  @Inject RequestEmailVerificationUseCase request;
  @Inject ConfirmEmailUseCase confirm;

  /** POST /verify-email/request: always 202 for an authenticated caller. */
  @POST
  @Path("request")
  public Response request() {
    var me = caller.require();
    rateLimits.consume(RateBucket.PASSWORD_RESET);
    request.request(me.user().id(), client.locale());
    return Response.accepted(Json.detail("If eligible, a verification email has been sent."))
        .build();
  }

  /** POST /verify-email/confirm {"token"}: 200, or 401 for any bad or used token. */
  @POST
  @Path("confirm")
  public Response confirm(String raw) {
    JsonBody body = JsonBody.required(raw);
    String token = body.requiredString("token");
    body.done();
    rateLimits.consume(RateBucket.PASSWORD_RESET);
    confirm.confirm(token);
    return Response.ok(Json.detail("Email verified.")).build();
  }
}
