package dev.fullauth.adapter.rest.transport;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import dev.fullauth.adapter.rest.support.CommaList;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Double-submit CSRF protection (anchor §4.3): a signed {@code fullauth_csrf} cookie (64 random hex
 * characters, a dot, their HMAC-SHA256) is handed out on safe requests; every unsafe request must
 * echo it in {@code X-CSRF-Token}. On by default whenever cookies carry tokens ({@code
 * FULLAUTH_CSRF_ENABLED}); exempt paths and trusted origins as the anchor's middleware.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String COOKIE = "fullauth_csrf";
  static final String HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final String NEEDS_COOKIE = "fullauth.csrf.needs-cookie";

  @Inject TokenTransport transport;

  @Inject
  @ConfigProperty(name = "fullauth.csrf.enabled")
  Optional<Boolean> enabled;

  @Inject
  @ConfigProperty(name = "fullauth.csrf.exempt.paths")
  Optional<String> exemptPaths;

  @Inject
  @ConfigProperty(name = "fullauth.csrf.trusted.origins")
  Optional<String> trustedOrigins;

  @Inject CsrfSecret secret;

  private volatile List<String> exempt;

  private volatile List<String> trusted;

  private boolean active() {
    return enabled.orElse(transport.cookies());
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!active() || exempt("/" + request.getUriInfo().getPath())) {
      return;
    }
    Cookie cookie = request.getCookies().get(COOKIE);
    if (SAFE.contains(request.getMethod())) {
      // A cookie signed with another key (a changed FULLAUTH_SECRET_KEY) is replaced, or the
      // browser would be refused on every unsafe request until it dropped the cookie.
      if (cookie == null || !secret.isSigned(cookie.getValue())) {
        request.setProperty(NEEDS_COOKIE, Boolean.TRUE);
      }
      return;
    }
    List<String> origins = trusted();
    if (!origins.isEmpty()) {
      Optional<String> origin = originOf(request);
      if (origin.isPresent() && !origins.contains(origin.get())) {
        request.abortWith(ErrorResponses.detail(403, "CSRF origin check failed."));
        return;
      }
    }
    String header = request.getHeaderString(HEADER);
    if (cookie == null || cookie.getValue().isEmpty() || header == null || header.isEmpty()) {
      request.abortWith(ErrorResponses.detail(403, "CSRF token missing."));
      return;
    }
    if (!secret.isSigned(cookie.getValue())) {
      request.abortWith(ErrorResponses.detail(403, "CSRF cookie signature invalid."));
      return;
    }
    if (!MessageDigest.isEqual(
        header.getBytes(StandardCharsets.UTF_8),
        cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
      request.abortWith(ErrorResponses.detail(403, "CSRF token mismatch."));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (Boolean.TRUE.equals(request.getProperty(NEEDS_COOKIE))) {
      response
          .getHeaders()
          .add(HttpHeaders.SET_COOKIE, transport.csrfCookie(COOKIE, secret.newToken()));
    }
  }

  private boolean exempt(String path) {
    List<String> parsed = exempt;
    if (parsed == null) {
      parsed = list(exemptPaths);
      exempt = parsed;
    }
    return parsed.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  private List<String> trusted() {
    List<String> parsed = trusted;
    if (parsed == null) {
      parsed = list(trustedOrigins);
      trusted = parsed;
    }
    return parsed;
  }

  private static Optional<String> originOf(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (origin != null && !origin.isBlank()) {
      return Optional.of(CommaList.withoutTrailingSlash(origin.strip()));
    }
    String referer = request.getHeaderString("Referer");
    if (referer == null || referer.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(referer.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.of("");
      }
      return Optional.of(
          uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    } catch (IllegalArgumentException e) {
      return Optional.of("");
    }
  }

  /** Comma lists parsed on first use rather than on every request. */
  private static List<String> list(Optional<String> value) {
    return CommaList.parse(value).stream().map(CommaList::withoutTrailingSlash).toList();
  }

  /** The HMAC key of the CSRF cookies: FULLAUTH_SECRET_KEY, or a random one per process. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class CsrfSecret {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "fullauth.secret.key")
    Optional<String> configured;

    private volatile byte[] key;

    String newToken() {
      byte[] nonce = new byte[32];
      RANDOM.nextBytes(nonce);
      String value = HexFormat.of().formatHex(nonce);
      return value + "." + sign(value);
    }

    boolean isSigned(String cookie) {
      int dot = cookie.indexOf('.');
      if (dot != 64 || cookie.length() != 129) {
        return false;
      }
      return MessageDigest.isEqual(
          sign(cookie.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
          cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String value) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key(), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
      } catch (NoSuchAlgorithmException | InvalidKeyException e) {
        throw new IllegalStateException(e);
      }
    }

    private byte[] key() {
      byte[] k = key;
      if (k == null) {
        k =
            configured
                .filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(
                    () -> {
                      byte[] random = new byte[32];
                      RANDOM.nextBytes(random);
                      return random;
                    });
        key = k;
      }
      return k;
    }
  }
}
