package dev.fullauth.adapter.rest.transport;

import dev.fullauth.adapter.rest.support.TokenJson;
import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How tokens travel (anchor §4.1, §4.2; {@code FULLAUTH_TOKEN_TRANSPORT}): {@code bearer} in JSON
 * bodies and the {@code Authorization} header; {@code cookie} or {@code both} also in the HttpOnly
 * cookies {@code fullauth_access} and {@code fullauth_refresh}, and then the body's {@code
 * refresh_token} is null. The bearer header still wins on reads.
 */
@ApplicationScoped
public class TokenTransport {
  public static final String ACCESS_COOKIE = "fullauth_access";
  public static final String REFRESH_COOKIE = "fullauth_refresh";
  public static final String OAUTH_COOKIE = "fullauth_oauth";
  static final String OAUTH_COOKIE_PATH = "/api/v1/auth/oauth";

  /** The SameSite values a cookie may carry (RFC 6265bis §4.1.2.7), lower case. */
  public static final List<String> SAME_SITE_VALUES = List.of("lax", "strict", "none");

  @Inject
  @ConfigProperty(name = "fullauth.token.transport", defaultValue = "bearer")
  String transport;

  @Inject
  @ConfigProperty(name = "fullauth.cookie.secure", defaultValue = "true")
  boolean secure;

  @Inject
  @ConfigProperty(name = "fullauth.cookie.samesite", defaultValue = "lax")
  String sameSite;

  @Inject
  @ConfigProperty(name = "fullauth.cookie.domain")
  Optional<String> domain;

  @Inject
  @ConfigProperty(name = "fullauth.cookie.refresh.path", defaultValue = "/")
  String refreshPath;

  @Inject
  @ConfigProperty(name = "fullauth.access.token.expire.minutes", defaultValue = "30")
  long accessMinutes;

  @Inject
  @ConfigProperty(name = "fullauth.refresh.token.expire.days", defaultValue = "30")
  long refreshDays;

  /**
   * @return whether tokens also travel in cookies
   */
  public boolean cookies() {
    String mode = transport.strip().toLowerCase(Locale.ROOT);
    return mode.equals("cookie") || mode.equals("both");
  }

  /**
   * @return whether cookies carry the Secure attribute ({@code FULLAUTH_COOKIE_SECURE})
   */
  public boolean secureCookies() {
    return secure;
  }

  /**
   * @return the SameSite attribute the cookies carry ({@code Lax}, {@code Strict} or {@code None};
   *     blank configures the default {@code Lax}), or empty when {@code FULLAUTH_COOKIE_SAMESITE}
   *     holds anything else
   */
  public Optional<String> sameSite() {
    return sameSiteAttribute(sameSite);
  }

  /**
   * @return the raw {@code FULLAUTH_COOKIE_SAMESITE} setting, for messages
   */
  public String configuredSameSite() {
    return sameSite;
  }

  /**
   * @return the token from a cookie, when cookies are on and the request has it
   */
  public Optional<String> fromCookie(HttpHeaders headers, String name) {
    if (!cookies()) {
      return Optional.empty();
    }
    Cookie cookie = headers.getCookies().get(name);
    return Optional.ofNullable(cookie).map(Cookie::getValue).filter(v -> !v.isEmpty());
  }

  /** Adds both token cookies to a response that issues tokens. */
  public Response.ResponseBuilder withCookies(Response.ResponseBuilder response, TokenPair tokens) {
    if (!cookies()) {
      return response;
    }
    return response
        .header(
            HttpHeaders.SET_COOKIE,
            cookie(ACCESS_COOKIE, tokens.accessToken(), "/", accessMinutes * 60, false))
        .header(
            HttpHeaders.SET_COOKIE,
            cookie(REFRESH_COOKIE, tokens.refreshToken(), refreshPath, refreshDays * 86400, false));
  }

  /**
   * The answer of every login route (password, OAuth, passkey): the anchor's login JSON, plus the
   * token cookies in cookie mode (where the body's refresh token is null).
   */
  public Response.ResponseBuilder loginResponse(TokenPair tokens, User user) {
    return withCookies(Response.ok(TokenJson.login(tokens, user, !cookies())), tokens);
  }

  /** Deletes both token cookies with the attributes they were written with (anchor §4.2). */
  public Response.ResponseBuilder withoutCookies(Response.ResponseBuilder response) {
    if (!cookies()) {
      return response;
    }
    return response
        .header(HttpHeaders.SET_COOKIE, cookie(ACCESS_COOKIE, "", "/", 0, true))
        .header(HttpHeaders.SET_COOKIE, cookie(REFRESH_COOKIE, "", refreshPath, 0, true));
  }

  /**
   * The OAuth browser binding (CONTRACT.md item 4): HttpOnly, SameSite=Lax whatever the token
   * cookies use (the provider's redirect back is a top-level navigation), scoped to the OAuth
   * routes. Written in every transport mode.
   *
   * @param value the binding, or null to delete the cookie
   * @param maxAgeSeconds lifetime, the state's
   * @return the Set-Cookie header value
   */
  public String oauthBindingCookie(String value, long maxAgeSeconds) {
    StringBuilder c =
        new StringBuilder(OAUTH_COOKIE)
            .append('=')
            .append(value == null ? "" : value)
            .append("; Path=")
            .append(OAUTH_COOKIE_PATH)
            .append("; Max-Age=")
            .append(value == null ? 0 : maxAgeSeconds);
    if (value == null) {
      c.append("; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }
    c.append("; HttpOnly");
    if (secure) {
      c.append("; Secure");
    }
    return c.append("; SameSite=Lax").toString();
  }

  /**
   * The CSRF double-submit cookie (anchor §4.3): readable by the frontend's JavaScript (not
   * HttpOnly), a session cookie on {@code /}, with the configured Secure and SameSite attributes.
   *
   * @return the Set-Cookie header value
   */
  String csrfCookie(String name, String value) {
    StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/");
    if (secure) {
      c.append("; Secure");
    }
    return c.append("; SameSite=").append(capitalised(sameSite)).toString();
  }

  private String cookie(String name, String value, String path, long maxAge, boolean expired) {
    StringBuilder c =
        new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
    c.append("; Max-Age=").append(maxAge);
    if (expired) {
      c.append("; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }
    domain.filter(d -> !d.isBlank()).ifPresent(d -> c.append("; Domain=").append(d.strip()));
    c.append("; HttpOnly");
    if (secure) {
      c.append("; Secure");
    }
    c.append("; SameSite=").append(capitalised(sameSite));
    return c.toString();
  }

  /**
   * Reads a SameSite setting case-insensitively. The start-up checks refuse unknown values, so the
   * cookies never carry an attribute that browsers would ignore.
   *
   * @param configured the setting
   * @return {@code Lax}, {@code Strict} or {@code None}; {@code Lax} for a blank setting; empty for
   *     anything else
   */
  public static Optional<String> sameSiteAttribute(String configured) {
    String s = configured == null ? "" : configured.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return Optional.of("Lax");
    }
    if (!SAME_SITE_VALUES.contains(s)) {
      return Optional.empty();
    }
    return Optional.of(Character.toUpperCase(s.charAt(0)) + s.substring(1));
  }

  static String capitalised(String sameSite) {
    return sameSiteAttribute(sameSite).orElse("Lax");
  }
}
