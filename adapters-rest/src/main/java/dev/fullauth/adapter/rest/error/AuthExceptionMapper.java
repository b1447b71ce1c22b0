package dev.fullauth.adapter.rest.error;

import dev.fullauth.application.port.in.protection.RateLimitExceededException;
import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderUnavailableException;
import dev.fullauth.application.port.out.PasskeyVerificationException;
import dev.fullauth.application.port.out.ServerBusyException;
import dev.fullauth.domain.oauth.OAuthAccountNotFoundException;
import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;
import dev.fullauth.domain.passkey.PasskeyNotFoundException;
import dev.fullauth.domain.passkey.PasskeysDisabledException;
import dev.fullauth.domain.passkey.RecentLoginRequiredException;
import dev.fullauth.domain.password.CurrentPasswordIncorrectException;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.session.SessionNotFoundException;
import dev.fullauth.domain.shared.AccessDeniedException;
import dev.fullauth.domain.shared.AuthException;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.InvalidDisplayNameException;
import dev.fullauth.domain.user.InvalidEmailAddressException;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/**
 * Maps domain and application exceptions to the anchor's status codes and detail strings. Every
 * credential failure gets the same 401 body; the reason goes to the log only.
 */
@Provider
public class AuthExceptionMapper implements ExceptionMapper<AuthException> {
  private static final Logger LOG = Logger.getLogger(AuthExceptionMapper.class.getName());

  @Override
  public Response toResponse(AuthException e) {
    return switch (e) {
      case InvalidCredentialsException c -> {
        LOG.fine(() -> "credentials refused: " + c.getMessage());
        yield ErrorResponses.unauthorized();
      }
      case InvalidTokenException t -> {
        LOG.fine(() -> "token refused: " + t.getMessage());
        yield ErrorResponses.unauthorized();
      }
      case AccessDeniedException d -> ErrorResponses.detail(403, "Not enough permissions");
      case ServerBusyException b -> {
        LOG.warning(() -> "refused, server busy: " + b.getMessage());
        yield Response.fromResponse(ErrorResponses.detail(503, "Server busy. Try again later."))
            .header("Retry-After", b.retryAfterSeconds())
            .build();
      }
      case RateLimitExceededException r ->
          Response.fromResponse(ErrorResponses.detail(429, r.getMessage()))
              .header("X-RateLimit-Limit", r.limit())
              .header("X-RateLimit-Remaining", 0)
              .header("X-RateLimit-Reset", r.retryAfterSeconds())
              .header("Retry-After", r.retryAfterSeconds())
              .build();
      case UserAlreadyExistsException u -> ErrorResponses.detail(409, u.getMessage());
      case SessionNotFoundException n -> ErrorResponses.detail(404, n.getMessage());
      case UserNotFoundException n -> ErrorResponses.detail(404, n.getMessage());
      case OAuthProviderNotConfiguredException n -> ErrorResponses.detail(404, n.getMessage());
      case OAuthAccountNotFoundException n -> ErrorResponses.detail(404, n.getMessage());
      case PasskeyNotFoundException n -> ErrorResponses.detail(404, n.getMessage());
      case PasskeysDisabledException n -> ErrorResponses.detail(404, n.getMessage());
      case RecentLoginRequiredException r -> ErrorResponses.detail(403, r.getMessage());
      case PasskeyVerificationException v -> {
        LOG.info(() -> "passkey response refused: " + v.getMessage());
        yield ErrorResponses.detail(400, "Passkey registration failed");
      }
      case OAuthProviderUnavailableException u -> {
        LOG.warning(() -> "OAuth provider unavailable: " + u.getMessage());
        yield ErrorResponses.detail(502, "OAuth provider unavailable");
      }
      case OAuthExchangeRejectedException r -> {
        LOG.info(() -> "OAuth exchange refused: " + r.getMessage());
        yield ErrorResponses.detail(400, "OAuth authentication failed");
      }
      case PasswordPolicyViolationException p -> ErrorResponses.detail(422, p.getMessage());
      case CurrentPasswordIncorrectException c -> ErrorResponses.detail(400, c.getMessage());
      case InvalidEmailAddressException i ->
          ErrorResponses.validation(
              List.of(
                  new ValidationIssue("value_error", List.of("body", "email"), i.getMessage())));
      case InvalidDisplayNameException i ->
          ErrorResponses.validation(
              List.of(
                  new ValidationIssue(
                      "string_too_long", List.of("body", "display_name"), i.getMessage())));
      default -> ErrorResponses.detail(400, e.getMessage());
    };
  }
}
