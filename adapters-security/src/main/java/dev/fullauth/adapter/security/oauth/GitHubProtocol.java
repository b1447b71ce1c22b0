package dev.fullauth.adapter.security.oauth;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderClient.AuthorizationRequest;
import dev.fullauth.application.port.out.OAuthProviderClient.CodeExchange;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.port.out.OAuthProviderUnavailableException;
import dev.fullauth.domain.oauth.ExternalIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub's OAuth apps, which are not OpenID Connect (anchor §6.1): the identity comes from {@code
 * /user}, and the address from {@code /user/emails} — only the primary, verified one counts as
 * verified; otherwise {@code /user}'s public address is used unverified.
 */
final class GitHubProtocol implements ProviderProtocol {
  private final OAuthProviderSettings settings;
  private final HttpClient http;

  GitHubProtocol(OAuthProviderSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public URI authorizationUri(AuthorizationRequest request) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", request.redirectUri());
    query.put("scope", String.join(" ", settings.scopes()));
    query.put("state", request.state());
    query.put(
        "code_challenge",
        CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(request.codeVerifier()))
            .getValue());
    query.put("code_challenge_method", "S256");
    query.putAll(settings.extraAuthorizeParameters());
    return URI.create(settings.authorizeUrl() + "?" + form(query));
  }

  @Override
  public ProviderLogin exchange(CodeExchange exchange) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("client_id", settings.clientId());
    body.put("client_secret", settings.clientSecret());
    body.put("code", exchange.code());
    body.put("code_verifier", exchange.codeVerifier());
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(settings.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))),
            "token");
    Map<String, Object> token = object(response, "token");
    // GitHub reports a bad code with HTTP 200 and an "error" member.
    if (response.statusCode() != 200 || token.containsKey("error")) {
      throw new OAuthExchangeRejectedException(
          settings.name() + ": token endpoint refused the code: " + token.get("error"));
    }
    if (!(token.get("access_token") instanceof String accessToken) || accessToken.isEmpty()) {
      throw new OAuthExchangeRejectedException(settings.name() + ": token exchange failed");
    }
    Map<String, Object> user = object(api("/user", accessToken), "user");
    Object id = user.get("id");
    if (!(id instanceof Number) && !(id instanceof String)) {
      throw new OAuthProviderUnavailableException(settings.name() + ": /user has no id");
    }
    String idText = id instanceof Number n ? Long.toString(n.longValue()) : (String) id;
    String email = user.get("email") instanceof String s ? s : null;
    boolean verified = false;
    HttpResponse<String> emails = api("/user/emails", accessToken);
    if (emails.statusCode() == 200) {
      for (Object entry : array(emails)) {
        if (entry instanceof Map<?, ?> e
            && Boolean.TRUE.equals(e.get("primary"))
            && Boolean.TRUE.equals(e.get("verified"))
            && e.get("email") instanceof String primary) {
          email = primary;
          verified = true;
          break;
        }
      }
    }
    String refresh = token.get("refresh_token") instanceof String r ? r : null;
    return new ProviderLogin(
        new ExternalIdentity(
            settings.name(),
            idText,
            email,
            verified,
            user.get("name") instanceof String n ? n : null,
            user.get("avatar_url") instanceof String a ? a : null),
        accessToken,
        refresh);
  }

  @Override
  public void close() {
    http.close();
  }

  private HttpResponse<String> api(String path, String accessToken) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(stripSlash(settings.apiUrl().toString()) + path))
                .header("Authorization", "Bearer " + accessToken)
                .GET(),
            path);
    if (path.equals("/user") && response.statusCode() != 200) {
      throw new OAuthExchangeRejectedException(
          settings.name() + ": /user answered HTTP " + response.statusCode());
    }
    return response;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String what) {
    HttpResponse<String> response;
    try {
      response =
          http.send(
              request
                  .timeout(settings.timeout())
                  .header("Accept", "application/json")
                  .header("User-Agent", "FullAuth")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": " + what + " call failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthProviderUnavailableException(settings.name() + ": interrupted");
    }
    if (response.statusCode() >= 500) {
      throw new OAuthProviderUnavailableException(
          settings.name() + ": " + what + " answered HTTP " + response.statusCode());
    }
    return response;
  }

  private Map<String, Object> object(HttpResponse<String> response, String what) {
    try {
      return JSONObjectUtils.parse(response.body());
    } catch (ParseException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": unparseable " + what);
    }
  }

  private List<Object> array(HttpResponse<String> response) {
    try {
      return JSONArrayUtils.parse(response.body());
    } catch (ParseException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": unparseable /user/emails");
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
