package dev.fullauth.adapter.rest.support;

import dev.fullauth.adapter.rest.transport.TokenTransport;
import dev.fullauth.application.port.in.account.AuthenticateUseCase;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.domain.shared.AccessDeniedException;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Resolves the caller of a protected route. Resources call it after reading their body, so that the
 * anchor's order holds: validation (422) before authentication (401) (anchor §1.4).
 */
@RequestScoped
public class Caller {
  @Context HttpHeaders headers;

  @Inject AuthenticateUseCase authenticate;

  @Inject TokenTransport transport;

  /**
   * @return the authenticated caller
   * @throws InvalidCredentialsException without a valid token
   */
  public AuthenticatedUser require() {
    String token = accessToken().orElseThrow(() -> new InvalidCredentialsException("no token"));
    return authenticate.authenticate(token);
  }

  /**
   * @return the authenticated caller, who must be a superuser
   * @throws InvalidCredentialsException without a valid token
   * @throws AccessDeniedException for anyone but a superuser
   */
  public AuthenticatedUser requireSuperuser() {
    AuthenticatedUser caller = require();
    if (!caller.user().isSuperuser()) {
      throw new AccessDeniedException("superuser required");
    }
    return caller;
  }

  /**
   * The bearer token: the {@code Authorization} header with scheme {@code Bearer} (any case) and a
   * non-empty credential (anchor §1.3 step 1).
   *
   * @return the token, or empty
   */
  public Optional<String> accessToken() {
    String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      // A present but bad header is never overridden by a cookie (anchor §1.3).
      return transport.fromCookie(headers, TokenTransport.ACCESS_COOKIE);
    }
    String trimmed = header.strip();
    int space = trimmed.indexOf(' ');
    if (space < 0 || !trimmed.substring(0, space).equalsIgnoreCase("Bearer")) {
      return Optional.empty();
    }
    String credential = trimmed.substring(space + 1).strip();
    return credential.isEmpty() ? Optional.empty() : Optional.of(credential);
  }
}
