package dev.fullauth.adapter.rest.headers;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.support.ClientInfoResolver;
import dev.fullauth.adapter.rest.support.CommaList;
import dev.fullauth.application.port.in.protection.CheckGlobalRateLimitUseCase;
import dev.fullauth.application.port.in.protection.CheckGlobalRateLimitUseCase.Decision;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional global rate limit (anchor §5.7, {@code FULLAUTH_GLOBAL_RATE_LIMIT_ENABLED}): every
 * route, per client address, {@code FULLAUTH_GLOBAL_RATE_LIMIT} requests per window; exempt paths
 * match exactly. Allowed answers carry {@code X-RateLimit-*}; refused ones are {@code 429
 * {"detail": "Too Many Requests"}} with {@code Retry-After}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class GlobalRateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String DECISION = "fullauth.global-rate-limit";

  @Inject
  @ConfigProperty(name = "fullauth.global.rate.limit.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "fullauth.global.rate.limit", defaultValue = "60")
  int limit;

  @Inject
  @ConfigProperty(name = "fullauth.global.rate.limit.exempt.paths")
  Optional<String> exemptPaths;

  private volatile Set<String> exempt;

  /** The exempt paths, parsed on first use rather than on every request. */
  private Set<String> exempt() {
    Set<String> parsed = exempt;
    if (parsed == null) {
      parsed = Set.copyOf(CommaList.parse(exemptPaths));
      exempt = parsed;
    }
    return parsed;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = "/" + request.getUriInfo().getPath();
    if (!enabled || exempt().contains(path)) {
      return;
    }
    String client = CDI.current().select(ClientInfoResolver.class).get().clientAddress();
    Decision decision =
        CDI.current().select(CheckGlobalRateLimitUseCase.class).get().check(client, limit);
    if (!decision.allowed()) {
      request.abortWith(
          Response.fromResponse(ErrorResponses.detail(429, "Too Many Requests"))
              .header("X-RateLimit-Limit", limit)
              .header("X-RateLimit-Remaining", 0)
              .header("X-RateLimit-Reset", decision.resetSeconds())
              .header("Retry-After", decision.resetSeconds())
              .build());
      return;
    }
    request.setProperty(DECISION, decision);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof Decision decision) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("X-RateLimit-Limit", limit);
      headers.putSingle("X-RateLimit-Remaining", decision.remaining());
      headers.putSingle("X-RateLimit-Reset", decision.resetSeconds());
    }
  }
}
