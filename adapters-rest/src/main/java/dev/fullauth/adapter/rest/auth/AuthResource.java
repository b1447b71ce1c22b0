package dev.fullauth.adapter.rest.auth;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.ClientInfoResolver;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.adapter.rest.support.JsonBody;
import dev.fullauth.adapter.rest.support.RateLimits;
import dev.fullauth.adapter.rest.support.TokenJson;
import dev.fullauth.adapter.rest.support.UserJson;
import dev.fullauth.adapter.rest.transport.TokenTransport;
import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.account.LogInWithPasswordUseCase;
import dev.fullauth.application.port.in.account.RegisterUserCommand;
import dev.fullauth.application.port.in.account.RegisterUserUseCase;
import dev.fullauth.application.port.in.account.RegistrationResult;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.application.port.in.session.LogOutCommand;
import dev.fullauth.application.port.in.session.LogOutUseCase;
import dev.fullauth.application.port.in.session.RefreshCommand;
import dev.fullauth.application.port.in.session.RefreshResult;
import dev.fullauth.application.port.in.session.RefreshSessionUseCase;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;

/** Registration, password login, refresh and logout (anchor §2.1). */
@Path("api/v1/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
  static final String REGISTER_ACCEPTED =
      "If this email isn't already registered, a verification email has been sent.";
  private static final Logger LOG = Logger.getLogger(AuthResource.class.getName());

  @Inject RegisterUserUseCase register;
  @Inject LogInWithPasswordUseCase logIn;
  @Inject RefreshSessionUseCase refresh;
  @Inject LogOutUseCase logOut;
  @Inject Caller caller;
  @Inject ClientInfoResolver client;
  @Inject RateLimits rateLimits;
  @Inject TokenTransport transport;
  @Context HttpHeaders headers;

  /** POST /register: 202 generic message, or 201 user JSON when enumeration is allowed. */
  @POST
  @Path("register")
  public Response register(String raw) {
    JsonBody body = JsonBody.required(raw);
    String email = body.requiredEmail("email");
    String password = body.requiredString("password");
    body.done();
    rateLimits.consume(RateBucket.REGISTER);
    RegisterUserCommand command =
        new RegisterUserCommand(
            EmailAddress.of(email), new PlainPassword(password), client.locale());
    // A concurrent registration of the same address answers as for a taken address (the store
    // reports the lost race as the taken address it is).
    return switch (register.register(command)) {
      case RegistrationResult.Created created ->
          Response.status(201).entity(UserJson.of(created.user())).build();
      case RegistrationResult.Concealed concealed ->
          Response.status(202).entity(Json.detail(REGISTER_ACCEPTED)).build();
    };
  }

  /** POST /login: Login JSON, or the credentials error for every failure. */
  @POST
  @Path("login")
  public Response login(String raw) {
    JsonBody body = JsonBody.required(raw);
    String email = body.requiredString("email");
    String password = body.requiredString("password");
    body.done();
    rateLimits.consume(RateBucket.LOGIN);
    LogInResult result =
        logIn.logIn(new LogInCommand(email, new PlainPassword(password), client.current()));
    return switch (result) {
      case LogInResult.LoggedIn in -> transport.loginResponse(in.tokens(), in.user()).build();
      case LogInResult.Rejected rejected -> {
        LOG.fine(() -> "login rejected: " + rejected.reason());
        yield ErrorResponses.unauthorized();
      }
    };
  }

  /** POST /refresh: rotates the refresh token from the body. */
  @POST
  @Path("refresh")
  public Response refresh(String raw) {
    String fromBody =
        JsonBody.optional(raw).map(b -> readOptional(b, "refresh_token")).orElse(null);
    rateLimits.consume(RateBucket.REFRESH);
    // The cookie wins over the body (anchor §2.1).
    String token = transport.fromCookie(headers, TokenTransport.REFRESH_COOKIE).orElse(fromBody);
    if (token == null || token.isEmpty()) {
      return ErrorResponses.unauthorized();
    }
    RefreshResult result = refresh.refresh(new RefreshCommand(token, client.current()));
    return switch (result) {
      case RefreshResult.Refreshed ok ->
          transport
              .withCookies(
                  Response.ok(TokenJson.of(ok.tokens(), !transport.cookies()).build()), ok.tokens())
              .build();
      case RefreshResult.Rejected rejected -> {
        LOG.fine(() -> "refresh rejected: " + rejected.reason());
        yield ErrorResponses.unauthorized();
      }
    };
  }

  /** POST /logout: 204; revokes the access token and its session. */
  @POST
  @Path("logout")
  public Response logout(String raw) {
    Optional<String> refreshCookie = transport.fromCookie(headers, TokenTransport.REFRESH_COOKIE);
    String refreshToken =
        refreshCookie.orElse(
            JsonBody.optional(raw).map(b -> readOptional(b, "refresh_token")).orElse(null));
    try {
      logOut.logOut(
          new LogOutCommand(
              caller.accessToken().orElse(null), refreshToken, refreshCookie.isPresent()));
    } catch (InvalidCredentialsException e) {
      if (!transport.cookies()) {
        throw e;
      }
      // A browser that asked to log out keeps no token cookies, whatever they were worth.
      LOG.fine(() -> "logout refused: " + e.getMessage());
      return transport.withoutCookies(Response.fromResponse(ErrorResponses.unauthorized())).build();
    }
    return transport.withoutCookies(Response.noContent()).build();
  }

  private static String readOptional(JsonBody body, String field) {
    String value = body.optionalString(field);
    body.done();
    return value;
  }
}
