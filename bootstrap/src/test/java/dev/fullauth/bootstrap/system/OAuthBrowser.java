package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A browser and a frontend going through the three-step OAuth flow against a FullAuth server and
 * the test providers of {@link OAuthPeers}.
 */
public final class OAuthBrowser {
  public static final String CALLBACK = "http://frontend.test/oauth/callback";
  private static final HttpClient BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private OAuthBrowser() {}

  /**
   * Step 1's result: the provider URL, the state in it and the browser's binding cookie.
   *
   * @param url the authorization URL
   * @param state its state parameter
   * @param binding the {@code fullauth_oauth} cookie value
   */
  public record Started(URI url, String state, String binding) {}

  /** Step 1: the frontend asks the server for the provider URL. */
  public static Started authorize(Http http, String provider, String redirect) {
    Http.Reply reply =
        http.get(
            AUTH
                + "/oauth/"
                + provider
                + "/authorize?redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8),
            null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    URI url = URI.create(reply.json().getString("authorization_url"));
    // A server in cookie mode also hands out its CSRF cookie here.
    String cookie =
        reply.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("fullauth_oauth="))
            .findFirst()
            .orElseThrow();
    String binding = cookie.substring("fullauth_oauth=".length(), cookie.indexOf(';'));
    return new Started(url, query(url).get("state"), binding);
  }

  /** Step 2 at the OpenID provider: logs in as {@code sub} with these claims, follows nothing. */
  public static Map<String, String> logInAtCorp(Started started, String sub, String claims)
      throws Exception {
    String form =
        "username="
            + URLEncoder.encode(sub, StandardCharsets.UTF_8)
            + "&claims="
            + URLEncoder.encode(claims, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        BROWSER.send(
            HttpRequest.newBuilder(started.url())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    return redirectParameters(response, CALLBACK);
  }

  /** Step 2 at a provider that logs in at once (the GitHub stub): one GET, one redirect. */
  public static Map<String, String> follow(Started started, String expectedRedirect)
      throws Exception {
    HttpResponse<String> response =
        BROWSER.send(
            HttpRequest.newBuilder(started.url()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return redirectParameters(response, expectedRedirect);
  }

  /** Step 3: the frontend posts code and state, with the browser's cookie when given. */
  public static Http.Reply callback(
      Http http, String provider, String code, String state, String binding) {
    String json = "{\"code\":\"" + code + "\",\"state\":\"" + state + "\"}";
    String path = AUTH + "/oauth/" + provider + "/callback";
    return binding == null
        ? http.send("POST", path, json, null)
        : http.send("POST", path, json, null, "Cookie", "fullauth_oauth=" + binding);
  }

  /**
   * @return a claims JSON for the OpenID provider's ID token
   */
  public static String claims(String email, boolean verified) {
    return "{\"email\":\"" + email + "\",\"email_verified\":" + verified + ",\"name\":\"Ann\"}";
  }

  /**
   * @return the decoded query parameters
   */
  public static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return out;
  }

  private static Map<String, String> redirectParameters(
      HttpResponse<String> response, String expectedRedirect) {
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(expectedRedirect + "?");
    return query(URI.create(location));
  }
}
