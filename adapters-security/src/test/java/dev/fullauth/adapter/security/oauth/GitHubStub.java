package dev.fullauth.adapter.security.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A GitHub-shaped OAuth server on 127.0.0.1 (GitHub's OAuth-app endpoints: {@code
 * /login/oauth/authorize}, {@code /login/oauth/access_token}, {@code /user}, {@code /user/emails}).
 * The authorize endpoint logs in {@link #nextUser} at once; the token endpoint enforces PKCE S256
 * and single use of codes, and answers a bad code with HTTP 200 and an {@code error} as GitHub
 * does. Tests may set {@link #failWith} to make every endpoint answer that status.
 */
public final class GitHubStub implements AutoCloseable {
  /** A GitHub account. */
  public record Account(long id, String login, String publicEmail, String emailsJson) {}

  private record Grant(Account account, String challenge) {}

  private final HttpServer server;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, Account> tokens = new ConcurrentHashMap<>();
  private int counter;

  /** Who the next authorization logs in. */
  public volatile Account nextUser;

  /** When positive, every endpoint answers this status with a garbage body. */
  public volatile int failWith;

  public GitHubStub(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    server.createContext("/login/oauth/authorize", this::authorize);
    server.createContext("/login/oauth/access_token", this::token);
    server.createContext("/api/user", this::user);
    server.start();
  }

  /**
   * @return the base URL, e.g. {@code http://127.0.0.1:1234}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private synchronized String nextCode() {
    return "gh-code-" + ++counter;
  }

  private void authorize(HttpExchange ex) throws IOException {
    Map<String, String> q = parse(ex.getRequestURI().getRawQuery());
    if (failing(ex)) {
      return;
    }
    String code = nextCode();
    codes.put(code, new Grant(nextUser, q.get("code_challenge")));
    ex.getResponseHeaders()
        .add(
            "Location",
            q.get("redirect_uri")
                + "?code="
                + code
                + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private void token(HttpExchange ex) throws IOException {
    Map<String, String> form =
        parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (failing(ex)) {
      return;
    }
    Grant grant = codes.remove(String.valueOf(form.get("code")));
    if (grant == null || !s256(form.get("code_verifier")).equals(grant.challenge())) {
      send(ex, 200, "{\"error\":\"bad_verification_code\"}");
      return;
    }
    String token = "gho_" + nextCode();
    tokens.put(token, grant.account());
    send(ex, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"scope\":\"\"}");
  }

  private void user(HttpExchange ex) throws IOException {
    if (failing(ex)) {
      return;
    }
    String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
    Account account = tokens.get(auth.replaceFirst("^Bearer ", ""));
    if (account == null) {
      send(ex, 401, "{\"message\":\"Bad credentials\"}");
    } else if (ex.getRequestURI().getPath().endsWith("/emails")) {
      send(ex, 200, account.emailsJson());
    } else {
      String email = account.publicEmail() == null ? "null" : "\"" + account.publicEmail() + "\"";
      send(
          ex,
          200,
          "{\"id\":"
              + account.id()
              + ",\"login\":\""
              + account.login()
              + "\",\"name\":\"Octo Cat\",\"email\":"
              + email
              + ",\"avatar_url\":\"https://avatars.test/"
              + account.id()
              + "\"}");
    }
  }

  private boolean failing(HttpExchange ex) throws IOException {
    if (failWith > 0) {
      send(ex, failWith, "<html>oops</html>");
      return true;
    }
    return false;
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return "";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> parse(String query) {
    Map<String, String> out = new HashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
