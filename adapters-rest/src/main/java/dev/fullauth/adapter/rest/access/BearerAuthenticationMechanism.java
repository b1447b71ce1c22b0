package dev.fullauth.adapter.rest.access;

import dev.fullauth.application.port.in.account.AuthenticateUseCase;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.admin.ListUserRolesUseCase;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's authentication mechanism (Jakarta Security) for resources it protects, such as
 * JAX-RS resources annotated with {@code @RolesAllowed} in applications deployed with FullAuth: the
 * caller is authenticated with its FullAuth access token and its stored roles become its groups, so
 * the container's own role checks use current roles. Unprotected requests, FullAuth's own endpoints
 * among them, pass untouched.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {
  @Inject AuthenticateUseCase authenticate;

  @Inject ListUserRolesUseCase roles;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!context.isProtected()) {
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, "Bearer ", 0, 7)
        || header.substring(7).isBlank()) {
      return unauthorized(response, context);
    }
    try {
      AuthenticatedUser caller = authenticate.authenticate(header.substring(7).strip());
      return context.notifyContainerAboutLogin(
          caller.user().id().toString(), roles.rolesOf(caller.user()));
    } catch (InvalidCredentialsException e) {
      return unauthorized(response, context);
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Bearer");
    return context.responseUnauthorized();
  }
}
