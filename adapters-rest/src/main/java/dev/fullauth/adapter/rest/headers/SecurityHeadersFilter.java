package dev.fullauth.adapter.rest.headers;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The anchor's security headers on every response (anchor §5.6), overwriting same-named ones.
 * {@code Strict-Transport-Security} only when the request came over HTTPS, directly or as the first
 * {@code X-Forwarded-Proto} value. {@code FULLAUTH_SECURITY_HEADERS_ENABLED=false} turns them off.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {
  @Inject
  @ConfigProperty(name = "fullauth.security.headers.enabled", defaultValue = "true")
  boolean enabled;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!enabled) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("X-XSS-Protection", "0");
    headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.putSingle("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
    if (overHttps(request)) {
      headers.putSingle("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }

  private static boolean overHttps(ContainerRequestContext request) {
    if ("https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())) {
      return true;
    }
    String forwarded = request.getHeaderString("X-Forwarded-Proto");
    return forwarded != null && forwarded.split(",", 2)[0].strip().equalsIgnoreCase("https");
  }
}
