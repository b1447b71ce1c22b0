package dev.fullauth.adapter.rest.headers;

import dev.fullauth.adapter.rest.support.CommaList;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
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
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the origins in {@code FULLAUTH_CORS_ORIGINS} (exact matches, credentials allowed);
 * nothing is allowed by default. Preflights of allowed origins are answered here with 204; other
 * origins get no CORS headers, so browsers refuse them.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
  private static final String HEADERS = "Authorization, Content-Type, X-CSRF-Token";
  private static final String EXPOSED =
      "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-Correlation-Id";

  @Inject
  @ConfigProperty(name = "fullauth.cors.origins")
  Optional<String> origins;

  private volatile Set<String> allowed;

  /** The configured origins, parsed on first use rather than on every request. */
  private Set<String> allowed() {
    Set<String> parsed = allowed;
    if (parsed == null) {
      parsed =
          CommaList.parse(origins).stream()
              .map(CommaList::withoutTrailingSlash)
              .filter(o -> !o.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
      allowed = parsed;
    }
    return parsed;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && origin != null
        && request.getHeaderString("Access-Control-Request-Method") != null
        && allowed().contains(origin)) {
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Methods", METHODS)
              .header("Access-Control-Allow-Headers", HEADERS)
              .header("Access-Control-Max-Age", "600")
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.add("Vary", "Origin");
    if (origin == null || !allowed().contains(origin)) {
      return;
    }
    headers.putSingle("Access-Control-Allow-Origin", origin);
    headers.putSingle("Access-Control-Allow-Credentials", "true");
    headers.putSingle("Access-Control-Expose-Headers", EXPOSED);
  }
}
