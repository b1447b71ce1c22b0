package dev.fullauth.adapter.rest.oauth;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.error.RequestValidationException;
import dev.fullauth.adapter.rest.error.ValidationIssue;
import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.ClientInfoResolver;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.RateLimits;
import dev.fullauth.adapter.rest.support.StoredText;
import dev.fullauth.adapter.rest.transport.TokenTransport;
import dev.fullauth.application.port.in.oauth.CompleteOAuthLoginUseCase;
import dev.fullauth.application.port.in.oauth.ListOAuthAccountsUseCase;
import dev.fullauth.application.port.in.oauth.ListOAuthProvidersUseCase;
import dev.fullauth.application.port.in.oauth.OAuthAuthorization;
import dev.fullauth.application.port.in.oauth.OAuthCallbackCommand;
import dev.fullauth.application.port.in.oauth.OAuthLoginResult;
import dev.fullauth.application.port.in.oauth.StartOAuthLoginUseCase;
import dev.fullauth.application.port.in.oauth.UnlinkOAuthAccountUseCase;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.oauth.OAuthAccountNotFoundException;
import dev.fullauth.domain.user.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The three-step redirect flow: {@code authorize} hands out the provider URL and sets the browser
 * binding cookie; the provider sends the browser to the frontend; the frontend posts {@code code}
 * and {@code state} to {@code callback}.
 */
@Path("api/v1/auth/oauth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OAuthResource {
  static final String FAILED = "OAuth authentication failed";
  private static final Logger LOG = Logger.getLogger(OAuthResource.class.getName());

  @Inject ListOAuthProvidersUseCase providers;
  @Inject StartOAuthLoginUseCase start;
  @Inject CompleteOAuthLoginUseCase complete;
  @Inject ListOAuthAccountsUseCase accounts;
  @Inject UnlinkOAuthAccountUseCase unlink;
  @Inject Caller caller;
  @Inject ClientInfoResolver client;
  @Inject RateLimits rateLimits;
  @Inject TokenTransport transport;
  @Context HttpHeaders headers;

  @Inject
  @ConfigProperty(name = "fullauth.oauth.state.expire.seconds", defaultValue = "300")
  long stateSeconds;

  /** GET /oauth/providers */
  @GET
  @Path("providers")
  public Response providers() {
    JsonArrayBuilder names = Json.createArrayBuilder();
    providers.providers().forEach(names::add);
    return Response.ok(Json.createObjectBuilder().add("providers", names).build()).build();
  }

  /** GET /oauth/{provider}/authorize?redirect_uri=… */
  @GET
  @Path("{provider}/authorize")
  public Response authorize(
      @PathParam("provider") String provider, @QueryParam("redirect_uri") String redirectUri) {
    if (redirectUri == null) {
      throw new RequestValidationException(
          List.of(
              new ValidationIssue("missing", List.of("query", "redirect_uri"), "Field required")));
    }
    // Each call stores a state in the shared cache: anonymous writers are counted.
    rateLimits.consume(RateBucket.OAUTH_AUTHORIZE);
    OAuthAuthorization authorization = start.start(provider, redirectUri);
    return Response.ok(
            Json.createObjectBuilder()
                .add("authorization_url", authorization.authorizationUrl().toString())
                .build())
        .header(
            HttpHeaders.SET_COOKIE,
            transport.oauthBindingCookie(authorization.binding(), stateSeconds))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** POST /oauth/{provider}/callback {"code", "state"} */
  @POST
  @Path("{provider}/callback")
  public Response callback(@PathParam("provider") String provider, String raw) {
    JsonBody body = JsonBody.required(raw);
    String code = body.requiredString("code");
    String state = body.requiredString("state");
    body.done();
    rateLimits.consume(RateBucket.LOGIN);
    Cookie binding = headers.getCookies().get(TokenTransport.OAUTH_COOKIE);
    OAuthCallbackCommand command =
        new OAuthCallbackCommand(
            provider,
            code,
            state,
            binding == null || binding.getValue().isEmpty() ? null : binding.getValue(),
            client.current());
    OAuthLoginResult result = complete.complete(command);
    // The binding is single use like the state it protects.
    String clear = transport.oauthBindingCookie(null, 0);
    return switch (result) {
      case OAuthLoginResult.LoggedIn in ->
          transport
              .loginResponse(in.tokens(), in.user())
              .header(HttpHeaders.SET_COOKIE, clear)
              .build();
      case OAuthLoginResult.Rejected rejected -> {
        LOG.info(() -> "OAuth callback for " + provider + " refused: " + rejected.reason());
        yield Response.fromResponse(ErrorResponses.detail(400, FAILED))
            .header(HttpHeaders.SET_COOKIE, clear)
            .build();
      }
    };
  }

  /** GET /oauth/accounts */
  @GET
  @Path("accounts")
  public Response accounts() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (OAuthAccount a : accounts.accounts(caller.require().user().id())) {
      out.add(
          Json.addNullable(
              Json.createObjectBuilder()
                  .add("provider", a.provider())
                  .add("provider_user_id", a.providerUserId()),
              "provider_email",
              a.providerEmail()));
    }
    return Response.ok(out.build()).build();
  }

  /** DELETE /oauth/accounts/{provider} */
  @DELETE
  @Path("accounts/{provider}")
  public Response unlink(@PathParam("provider") String provider) {
    UserId me = caller.require().user().id();
    if (!StoredText.isStorable(provider)) {
      // No provider name holds a NUL, so nothing is linked under it.
      throw new OAuthAccountNotFoundException();
    }
    unlink.unlink(me, provider);
    return Response.noContent().build();
  }
}
