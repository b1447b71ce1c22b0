package dev.fullauth.bootstrap.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the demo frontend ({@code clients/demo} with the {@code fullauth-client} module, packaged
 * under {@code WEB-INF/demo}) at {@code /demo/}, on FullAuth's own origin so that it needs no CORS.
 *
 * <p>Only while {@link #enabled enabled}: {@code FULLAUTH_DEMO_ENABLED}, by default true in the
 * development profile and false in production (where {@code true} refuses the start, see {@code
 * ProfileGuard}). Disabled, every {@code /demo} path answers the JSON 404 of an unknown path.
 *
 * <p>Pages are addressed without their extension ({@code /demo/settings} is {@code settings.html}),
 * as the links of FullAuth's mails expect with {@code
 * FULLAUTH_FRONTEND_URL=http://localhost:8080/demo} ({@code /demo/verify?token=…}). Every answer
 * carries a Content Security Policy that admits scripts, styles and connections of this origin only
 * (the pages have no inline code), refuses framing, and sends no referrer, so that the tokens in
 * mail links and the OAuth code never leave in a {@code Referer}.
 */
@WebServlet("/demo/*")
public class DemoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where the WAR holds the demo; under WEB-INF, so the container never serves it by itself. */
  static final String ROOT = "/WEB-INF/demo";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** Plain names only: no dot segments, no encoded characters, no hidden files. */
  private static final Pattern SAFE_PATH =
      Pattern.compile("/(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*)?");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=utf-8",
          "js", "text/javascript;charset=utf-8",
          "css", "text/css;charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  @Inject
  @ConfigProperty(name = "fullauth.profile")
  transient String profile;

  @Inject
  @ConfigProperty(name = "fullauth.demo.enabled")
  transient Optional<Boolean> demoSetting;

  /**
   * @param profile {@code FULLAUTH_PROFILE}
   * @param setting {@code FULLAUTH_DEMO_ENABLED}, empty when unset
   * @return whether the demo is served: the setting, else true outside production
   */
  public static boolean enabled(String profile, Optional<Boolean> setting) {
    return setting.orElse(!"production".equalsIgnoreCase(profile.strip()));
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!enabled(profile, demoSetting)) {
      notFound(response);
      return;
    }
    super.service(request, response);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.sendRedirect(request.getContextPath() + "/demo/");
      return;
    }
    Optional<String> file = file(path);
    if (file.isEmpty()) {
      notFound(response);
      return;
    }
    try (InputStream content = getServletContext().getResourceAsStream(ROOT + file.get())) {
      if (content == null) {
        notFound(response);
        return;
      }
      String name = file.get();
      response.setContentType(TYPES.getOrDefault(extension(name), "application/octet-stream"));
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "no-referrer");
      response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
      response.setHeader("Cache-Control", "no-cache");
      content.transferTo(response.getOutputStream());
    }
  }

  /**
   * @param path the request's path below {@code /demo}
   * @return the file it names ({@code /} is {@code /index.html}, {@code /verify} is {@code
   *     /verify.html}), empty for anything but plain names
   */
  static Optional<String> file(String path) {
    if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
      return Optional.empty();
    }
    if (path.endsWith("/")) {
      return Optional.of(path + "index.html");
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return Optional.of(last.contains(".") ? path : path + ".html");
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static void notFound(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"detail\":\"Not Found\"}");
  }
}
