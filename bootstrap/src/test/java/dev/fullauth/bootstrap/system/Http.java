package dev.fullauth.bootstrap.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the server under test (127.0.0.1, the port failsafe configured). */
public final class Http {
  public static final String AUTH = "/api/v1/auth";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String base;
  private final Duration timeout;

  public Http(String base) {
    this(base, Duration.ofSeconds(30));
  }

  /**
   * @param timeout how long one request may take, queueing at the server included
   */
  public Http(String base, Duration timeout) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.timeout = timeout;
  }

  /**
   * @return the client for the Arquillian-managed server
   */
  public static Http forSystemTests() {
    return new Http("http://127.0.0.1:" + System.getProperty("fullauth.it.port", "28080"));
  }

  public Reply get(String path, String token) {
    return send("GET", path, null, token);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, null);
  }

  public Reply post(String path, String json, String token) {
    return send("POST", path, json, token);
  }

  public Reply send(String method, String path, String json, String token, String... headers) {
    return sendRaw(method, path, json, json == null ? null : "application/json", token, headers);
  }

  /**
   * @param body the body text (sent as UTF-8), or null for none
   * @param contentType the {@code Content-Type}, or null for none
   * @return the reply to a request whose body need not be JSON
   */
  public Reply sendRaw(
      String method,
      String path,
      String body,
      String contentType,
      String token,
      String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    boolean forwarded = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      forwarded |= headers[i].equalsIgnoreCase("X-Forwarded-For");
    }
    if (!forwarded) {
      // The server trusts X-Forwarded-For in the system tests: every request comes from a client
      // address of its own, so that rate limits only bite in the tests that pick an address.
      request.header("X-Forwarded-For", randomAddress());
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return a random address in 10.0.0.0/8
   */
  public static String randomAddress() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  /** A response: status, headers and body, with JSON helpers. */
  public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public String detail() {
      JsonValue detail = json().get("detail");
      return detail.getValueType() == JsonValue.ValueType.STRING
          ? json().getString("detail")
          : detail.toString();
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
