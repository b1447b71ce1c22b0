package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates the requests of {@link FuzzIT} from a seed: one well-formed request per route of the
 * API, then one kind of damage to it (wrong JSON types, missing and extra fields, huge strings,
 * control characters, odd Unicode, deep nesting, duplicate keys, malformed JSON, wrong content
 * types and methods, odd path segments, headers and tokens). The same seed gives the same cases.
 *
 * <p>Request lines and headers stay under 8 KiB together, the container's limit for the request
 * head. Two classes of input are left to other tests: curly braces in paths (raw or as {@code
 * %7B}/{@code %7D}) and non-ASCII header values.
 */
final class FuzzCases {
  /** Part of every password and token sent; no answer may contain it. */
  static final String SECRET = "fz7Secret4711q";

  /** Who the request claims to be. */
  enum Who {
    NONE,
    /** A shared fuzz account; never sent to a route that would end its session. */
    USER,
    /** An account made for this one request, for routes that end sessions or accounts. */
    DISPOSABLE,
    ADMIN,
    /** A made-up bearer token (or other {@code Authorization} value) carrying {@link #SECRET}. */
    GARBAGE
  }

  private enum Kind {
    EMAIL,
    PASSWORD,
    TOKEN,
    TEXT,
    USER_ID,
    NAME,
    CHALLENGE,
    CREDENTIAL
  }

  private enum Damage {
    NONE,
    WRONG_TYPE,
    MISSING,
    EXTRA,
    HUGE,
    CONTROL,
    UNICODE,
    NESTING,
    DUPLICATE,
    MALFORMED,
    NOT_OBJECT,
    EMPTY,
    CONTENT_TYPE,
    METHOD,
    PATH,
    HEADERS
  }

  private record Field(String name, Kind kind) {}

  /** A route; {@code $} in its path stands for one path segment. */
  private record Route(String method, String path, List<Field> fields, List<Who> callers) {}

  /**
   * One request.
   *
   * @param number its index, to rerun it alone with {@code -Dfullauth.fuzz.case}
   * @param what the route and damage, for the failure report
   * @param body the body text, or null
   * @param contentType the {@code Content-Type}, or null
   * @param headers extra header name/value pairs
   */
  record Case(
      int number,
      String what,
      Who who,
      String method,
      String path,
      String body,
      String contentType,
      List<String> headers) {}

  private static final List<Who> PUBLIC = List.of(Who.NONE, Who.GARBAGE, Who.USER);
  private static final List<Who> SIGNED_IN = List.of(Who.NONE, Who.GARBAGE, Who.USER);
  private static final List<Who> ENDING = List.of(Who.NONE, Who.GARBAGE, Who.DISPOSABLE);
  private static final List<Who> ADMIN = List.of(Who.NONE, Who.GARBAGE, Who.USER, Who.ADMIN);
  private static final Field EMAIL = new Field("email", Kind.EMAIL);
  private static final Field PASSWORD = new Field("password", Kind.PASSWORD);
  private static final Field NEW_PASSWORD = new Field("new_password", Kind.PASSWORD);
  private static final Field REFRESH = new Field("refresh_token", Kind.TOKEN);
  private static final Field TOKEN = new Field("token", Kind.TOKEN);
  private static final Field ROLE = new Field("role", Kind.NAME);
  private static final Field CHALLENGE = new Field("challenge_key", Kind.CHALLENGE);
  private static final List<Field> USER_ROLE = List.of(new Field("user_id", Kind.USER_ID), ROLE);
  private static final List<Field> ROLE_PERMISSION =
      List.of(ROLE, new Field("permission", Kind.NAME));
  private static final Field CREDENTIAL = new Field("credential", Kind.CREDENTIAL);

  /** Every route of the API (the JAX-RS resources of adapters-rest). */
  private static final List<Route> ROUTES =
      List.of(
          new Route("POST", "/register", List.of(EMAIL, PASSWORD), PUBLIC),
          new Route("POST", "/login", List.of(EMAIL, PASSWORD), PUBLIC),
          new Route("POST", "/refresh", List.of(REFRESH), PUBLIC),
          new Route("POST", "/logout", List.of(REFRESH), ENDING),
          new Route("GET", "/me", List.of(), SIGNED_IN),
          new Route("GET", "/me/verified", List.of(), SIGNED_IN),
          new Route("PATCH", "/me", List.of(new Field("display_name", Kind.TEXT)), SIGNED_IN),
          new Route("DELETE", "/me", List.of(), ENDING),
          new Route(
              "POST",
              "/change-password",
              List.of(new Field("current_password", Kind.PASSWORD), NEW_PASSWORD),
              SIGNED_IN),
          new Route("POST", "/verify-email/request", List.of(), SIGNED_IN),
          new Route("POST", "/verify-email/confirm", List.of(TOKEN), PUBLIC),
          new Route("POST", "/password-reset/request", List.of(EMAIL), PUBLIC),
          new Route("POST", "/password-reset/confirm", List.of(TOKEN, NEW_PASSWORD), PUBLIC),
          new Route("GET", "/sessions", List.of(), SIGNED_IN),
          new Route("DELETE", "/sessions/$", List.of(), SIGNED_IN),
          new Route("POST", "/sessions/revoke-others", List.of(), ENDING),
          new Route("POST", "/admin/assign-role", USER_ROLE, ADMIN),
          new Route("POST", "/admin/remove-role", USER_ROLE, ADMIN),
          new Route("POST", "/admin/assign-permission", ROLE_PERMISSION, ADMIN),
          new Route("POST", "/admin/remove-permission", ROLE_PERMISSION, ADMIN),
          new Route("GET", "/admin/role-permissions/$", List.of(), ADMIN),
          new Route("POST", "/admin/keys/rotate", List.of(), ADMIN),
          new Route("GET", "/oauth/providers", List.of(), PUBLIC),
          new Route("GET", "/oauth/$/authorize", List.of(), PUBLIC),
          new Route(
              "POST",
              "/oauth/$/callback",
              List.of(new Field("code", Kind.TOKEN), new Field("state", Kind.TOKEN)),
              PUBLIC),
          new Route("GET", "/oauth/accounts", List.of(), SIGNED_IN),
          new Route("DELETE", "/oauth/accounts/$", List.of(), SIGNED_IN),
          new Route("POST", "/passkeys/register/begin", List.of(), SIGNED_IN),
          new Route(
              "POST",
              "/passkeys/register/complete",
              List.of(CHALLENGE, CREDENTIAL, new Field("device_name", Kind.TEXT)),
              SIGNED_IN),
          new Route("POST", "/passkeys/authenticate/begin", List.of(EMAIL), PUBLIC),
          new Route(
              "POST", "/passkeys/authenticate/complete", List.of(CHALLENGE, CREDENTIAL), PUBLIC),
          new Route("GET", "/passkeys", List.of(), SIGNED_IN),
          new Route("DELETE", "/passkeys/$", List.of(), SIGNED_IN),
          new Route("GET", "/.well-known/jwks.json", List.of(), PUBLIC));

  /** Key rotations are real: the admin rotates at most this often per run. */
  private static final int MAX_ROTATIONS = 3;

  /**
   * Path segments with odd characters, percent-encoded (never braces). An encoded NUL or backslash
   * is refused by the servlet container's URI check with an empty 400 before any application code
   * runs (no setting reaches that answer; ContainerEdgesIT pins it), so they are not generated.
   */
  private static final List<String> ODD_SEGMENTS =
      List.of(
          "%01%1F%7F",
          "%20",
          "%25",
          "%2F",
          "a%2Fb",
          "..",
          "%2E%2E",
          ".",
          "%3F%23",
          "%3B%3D%26",
          "%22%27%3C%3E",
          "%5B%5D",
          "%C3%A9",
          "%E2%80%AE",
          "%F0%9F%98%80",
          "%EF%BB%BF",
          "%C3%28",
          "%FF%FE",
          "%ED%A0%80",
          "x".repeat(1_500),
          "-1",
          "0",
          "null",
          "undefined",
          "00000000-0000-0000-0000-000000000000",
          "ffffffff-ffff-ffff-ffff-ffffffffffffff",
          "1e309");

  /** Non-string JSON values. */
  private static final List<String> WRONG_TYPES =
      List.of(
          "5",
          "-1.5e308",
          "1e999999999",
          "123456789012345678901234567890",
          "-0",
          "true",
          "false",
          "null",
          "[]",
          "[\"" + SECRET + "\"]",
          "{}",
          "{\"$\":\"" + SECRET + "\"}",
          "[[[[[[[[[[1]]]]]]]]]]");

  /** JSON string contents (already escaped) with control characters and odd Unicode. */
  private static final List<String> CONTROL =
      List.of(
          "\\u0000",
          "a\\u0000b",
          "\\u0001\\u0002\\u001f",
          "\\b\\f\\n\\r\\t",
          "\\u007f",
          "line\\r\\nInjected: header",
          "\\u0085\\u2028\\u2029");

  private static final List<String> UNICODE =
      List.of(
          "\\ud800",
          "\\udfff",
          "a\\ud800b",
          "\\udbff\\udbff",
          "\\udc00\\ud800",
          "\\u202eevil\\u202c",
          "\\u200f\\u200e",
          "\\ufeff",
          "\\u200b\\u200d",
          "\\u0000",
          "😀👍🏽",
          "e\\u0301\\u0301\\u0301",
          "\\uffff\\ufffe",
          "Ω≈ç√∫");

  private final Random random;
  private final List<String> userEmails;
  private final List<String> userIds;
  private int rotations;

  /**
   * @param seed the seed of the run
   * @param userEmails addresses of the shared fuzz accounts
   * @param userIds their ids
   */
  FuzzCases(long seed, List<String> userEmails, List<String> userIds) {
    this.random = new Random(seed);
    this.userEmails = List.copyOf(userEmails);
    this.userIds = List.copyOf(userIds);
  }

  /**
   * @return the first {@code count} cases of this seed
   */
  List<Case> generate(int count) {
    List<Case> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(next(i));
    }
    return cases;
  }

  private Case next(int number) {
    Route route = pick(ROUTES);
    Damage damage = pick(List.of(Damage.values()));
    Who who = pick(route.callers());
    if (route.path().equals("/admin/keys/rotate") && who == Who.ADMIN) {
      who = ++rotations <= MAX_ROTATIONS ? Who.ADMIN : Who.USER;
    }
    String method = route.method();
    if (damage == Damage.METHOD) {
      method = pick(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
      // Another method may be another route (DELETE /me): no real credentials for it.
      who = random.nextBoolean() ? Who.NONE : Who.GARBAGE;
    }
    String path = AUTH + route.path().replace("$", segment(route, damage == Damage.PATH));
    if (damage == Damage.PATH && !route.path().contains("$")) {
      path = path + "/" + pick(ODD_SEGMENTS);
    }
    if (route.path().endsWith("/authorize") || damage == Damage.PATH) {
      path = path + "?redirect_uri=" + redirectUri(damage != Damage.NONE);
    }
    List<String> headers = new ArrayList<>();
    if (who == Who.GARBAGE) {
      headers.add("Authorization");
      headers.add(garbageAuthorization());
    }
    if (damage == Damage.HEADERS) {
      headers.addAll(oddHeaders());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Field f : route.fields()) {
      fields.put(f.name(), valid(f.kind(), number));
    }
    String contentType = "application/json";
    String body = route.fields().isEmpty() && random.nextInt(3) > 0 ? null : object(fields);
    switch (damage) {
      case WRONG_TYPE -> replaceOne(fields, pick(WRONG_TYPES));
      case MISSING -> {
        if (!fields.isEmpty() && random.nextBoolean()) {
          fields.remove(pick(new ArrayList<>(fields.keySet())));
        } else {
          fields.clear();
        }
      }
      case EXTRA -> {
        for (int i = random.nextInt(1, 6); i > 0; i--) {
          fields.put(
              pick(
                  List.of(
                      "is_superuser",
                      "is_active",
                      "is_verified",
                      "id",
                      "hashed_password",
                      "roles",
                      "__proto__",
                      "constructor",
                      "",
                      "\\u0000",
                      "k".repeat(300),
                      "extra" + i)),
              pick(List.of("true", "1", "\"x\"", "null", "{\"a\":[1]}", "\"" + SECRET + "\"")));
        }
      }
      case HUGE ->
          replaceOne(
              fields,
              "\"" + "A".repeat(random.nextBoolean() ? 66_000 : random.nextInt(1, 60_000)) + "\"");
      case CONTROL -> replaceOne(fields, "\"" + pick(CONTROL) + "\"");
      case UNICODE -> replaceOne(fields, "\"" + pick(UNICODE) + "\"");
      case NESTING -> {
        int depth = pick(List.of(33, 40, 1_000, 5_000, 20_000));
        String nested =
            random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        if (random.nextBoolean()) {
          replaceOne(fields, nested);
          body = object(fields);
        } else {
          body = random.nextBoolean() ? nested : "[".repeat(depth);
        }
      }
      default -> {}
    }
    if (damage != Damage.NONE && damage != Damage.NESTING) {
      body = object(fields);
    }
    switch (damage) {
      case DUPLICATE -> body = duplicated(fields);
      case MALFORMED -> body = malformed(body);
      case NOT_OBJECT ->
          body = pick(List.of("[]", "[{}]", "\"" + SECRET + "\"", "1", "true", "null", "[null]"));
      case EMPTY -> body = pick(java.util.Arrays.asList(null, "", " ", "\n\t"));
      case CONTENT_TYPE ->
          contentType =
              pick(
                  java.util.Arrays.asList(
                      null,
                      "text/plain",
                      "text/html",
                      "application/xml",
                      "application/x-www-form-urlencoded",
                      "multipart/form-data; boundary=fuzz",
                      "application/octet-stream",
                      "application/json; charset=utf-16",
                      "application/json; charset=iso-8859-1",
                      "application/merge-patch+json",
                      "application/*",
                      "*/*",
                      "garbage",
                      "application/json; boundary=\"",
                      ";;;"));
      default -> {}
    }
    if (body == null && damage != Damage.CONTENT_TYPE) {
      contentType = null;
    }
    return new Case(
        number,
        method + " " + route.path() + " [" + damage + ", " + who + "]",
        who,
        method,
        path,
        body,
        contentType,
        List.copyOf(headers));
  }

  private String valid(Kind kind, int number) {
    return switch (kind) {
      case EMAIL ->
          json(
              random.nextInt(3) == 0
                  ? pick(userEmails)
                  : "fuzz-" + number + "-" + uuid() + "@example.com");
      case PASSWORD -> json("Pw-" + SECRET + "-" + number);
      case TOKEN -> json("tok." + SECRET + "." + number);
      case TEXT -> json("Fuzz device " + number);
      case USER_ID -> json(random.nextBoolean() ? pick(userIds) : uuid().toString());
      case NAME -> json("fuzz-name-" + random.nextInt(5));
      case CHALLENGE ->
          json(
              (random.nextBoolean() ? "passkey:reg:" : "passkey:auth:")
                  + uuid().toString().replace("-", ""));
      case CREDENTIAL ->
          "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":"
              + "{\"clientDataJSON\":\"e30\",\"attestationObject\":\"oA\","
              + "\"authenticatorData\":\"AA\",\"signature\":\"AA\",\"transports\":[\"usb\"]},"
              + "\"clientExtensionResults\":{}}";
    };
  }

  private String segment(Route route, boolean odd) {
    if (odd || random.nextInt(3) == 0) {
      return pick(ODD_SEGMENTS);
    }
    String path = route.path();
    if (path.startsWith("/oauth/")) {
      return pick(List.of("corp", "github", "intranet", "nope"));
    }
    if (path.startsWith("/sessions/")) {
      return uuid().toString().replace("-", "");
    }
    if (path.startsWith("/admin/")) {
      return URLEncoder.encode("fuzz-name-" + random.nextInt(5), StandardCharsets.UTF_8);
    }
    return uuid().toString();
  }

  private String redirectUri(boolean odd) {
    if (!odd) {
      return URLEncoder.encode("http://frontend.test/oauth/callback", StandardCharsets.UTF_8);
    }
    return pick(
        List.of(
            "",
            "%00",
            "javascript%3Aalert(1)",
            "http%3A%2F%2Fevil.test%2F",
            "http%3A%2F%2Ffrontend.test%2Foauth%2Fcallback%00",
            "http%3A%2F%2Ffrontend.test%2Foauth%2Fcallback%2F..%2F..",
            "%E2%80%AE",
            "%C3%28",
            "x".repeat(1_000),
            "http://frontend.test/oauth/callback&redirect_uri=http://evil.test"));
  }

  private String garbageAuthorization() {
    String nestedJson =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("[".repeat(1_100).getBytes(StandardCharsets.US_ASCII));
    return pick(
        List.of(
            "Bearer " + SECRET,
            "Bearer tok." + SECRET + ".sig",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIke1NFQ1JFVH0ifQ." + SECRET,
            "Bearer " + nestedJson + ".e30." + SECRET,
            "Bearer e30." + nestedJson + "." + SECRET,
            "Bearer",
            "Bearer ",
            "bearer  " + SECRET,
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(("a:" + SECRET).getBytes(StandardCharsets.US_ASCII)),
            "Bearer " + SECRET + " " + SECRET,
            "Bearer " + "A".repeat(1_500) + SECRET,
            SECRET));
  }

  private List<String> oddHeaders() {
    List<List<String>> choices =
        List.of(
            List.of("Accept", "text/html"),
            List.of("Accept", "application/xml"),
            List.of("Accept", "garbage"),
            List.of("Accept-Language", "xx-;q=garbage,,,"),
            List.of("Accept-Charset", "utf-7"),
            List.of("Origin", "http://evil.test"),
            List.of("Origin", "null"),
            List.of("Referer", "javascript:alert(1)"),
            List.of("Cookie", "fullauth_refresh=" + SECRET + "; fullauth_access=" + SECRET),
            List.of("Cookie", "fullauth_oauth=" + SECRET + "; fullauth_csrf=;;;"),
            List.of("X-CSRF-Token", SECRET),
            List.of("User-Agent", "U".repeat(800)),
            List.of("User-Agent", "<script>alert(1)</script>"),
            List.of("X-Forwarded-For", "not-an-address, ::1, 999.1.1.1"),
            List.of("X-Forwarded-For", "1.2.3.4, " + "f".repeat(780)),
            List.of("X-Forwarded-For", ",,,"),
            List.of("Content-Encoding", "gzip"),
            List.of("If-None-Match", "*"),
            List.of("Range", "bytes=0-1"));
    List<String> out = new ArrayList<>();
    for (int i = random.nextInt(1, 4); i > 0; i--) {
      out.addAll(pick(choices));
    }
    return out;
  }

  private void replaceOne(Map<String, String> fields, String rawJson) {
    String name = fields.isEmpty() ? "unexpected" : pick(new ArrayList<>(fields.keySet()));
    fields.put(name, rawJson);
  }

  private String duplicated(Map<String, String> fields) {
    if (fields.isEmpty()) {
      return "{\"a\":1,\"a\":\"dup\"}";
    }
    String name = pick(new ArrayList<>(fields.keySet()));
    String object = object(fields);
    return object.substring(0, object.length() - 1)
        + ",\""
        + name
        + "\":"
        // Never the secret: the last duplicate wins, and display and role names are echoed.
        + pick(List.of("5", "null", "\"dup\"", "[]"))
        + "}";
  }

  private String malformed(String valid) {
    String base = valid == null || valid.isEmpty() ? "{\"a\":\"b\"}" : valid;
    return switch (random.nextInt(10)) {
      case 0 -> base.substring(0, random.nextInt(base.length()));
      case 1 -> base + " trailing";
      case 2 -> base + base;
      case 3 -> base.replace('"', '\'');
      case 4 -> "{\"a\":NaN,\"b\":Infinity}";
      case 5 -> "/* comment */" + base;
      case 6 -> "{\"unterminated\":\"" + SECRET;
      case 7 -> "{\"a\":\"bad escape \\x41 \\u12\"}";
      case 8 -> "\u0000" + base;
      default -> "{\"a\" \"b\", :}";
    };
  }

  private static String object(Map<String, String> fields) {
    StringBuilder out = new StringBuilder("{");
    fields.forEach(
        (name, raw) ->
            out.append(out.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(raw));
    return out.append('}').toString();
  }

  /** A JSON string of plain text (the generated texts hold no quote, backslash or control). */
  private static String json(String text) {
    return "\"" + text + "\"";
  }

  /** A random UUID of this seed (version and variant bits as they fall). */
  private UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
