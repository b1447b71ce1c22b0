package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests that the HTTP listener or the container used to refuse before FullAuth ran, with empty
 * or non-JSON bodies: raw non-ASCII header bytes, long targets, large headers, bodies on DELETE,
 * paths that are not UTF-8. Each gets FullAuth's JSON answer; sent over a raw socket, byte for
 * byte.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerEdgesIT {
  private final Http http = Http.forSystemTests();
  private final int port = RawHttp.systemTestPort();

  private static String detail(RawHttp.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.headers().get("content-type")).startsWith("application/json");
    try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
      return reader.readObject().getString("detail");
    }
  }

  @Test
  void nonAsciiHeaderBytes_reachFullAuth_andAGarbledTokenIs401Json() {
    byte[] header = "Authorization: Bearer é€".getBytes(StandardCharsets.UTF_8);
    RawHttp.Reply reply =
        RawHttp.send(port, "GET " + AUTH + "/me HTTP/1.1\r\nHost: 127.0.0.1", header, null);
    assertThat(detail(reply, 401)).isEqualTo("Could not validate credentials");
  }

  @Test
  void aTenThousandCharacterQuery_is414Json() {
    assertThat(detail(get("/me?q=" + "a".repeat(10_000), ""), 414)).isEqualTo("URI Too Long");
  }

  @Test
  void largeHeaders_are431Json() {
    assertThat(detail(get("/me", "\r\nX-Filler: " + "b".repeat(20_000)), 431))
        .isEqualTo("Request Header Fields Too Large");
  }

  @Test
  void deleteWithABody_getsTheRoutesOwnAnswer() {
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    assertThat(detail(deleteWithBody("/sessions/" + UUID.randomUUID(), access), 404))
        .isEqualTo("Session not found");
    assertThat(deleteWithBody("/passkeys/not-a-uuid", access).status()).isEqualTo(422);
    assertThat(detail(deleteWithBody("/sessions/" + UUID.randomUUID(), null), 401))
        .isEqualTo("Could not validate credentials");
  }

  /**
   * Braces and other odd characters in a path parameter reach FullAuth. (A colon does not: the
   * container's authorization check refuses it with an empty 500 before any application code runs,
   * a known Payara defect; see README, "Errors".)
   */
  @Test
  void oddCharactersInAPathParameter_getFullAuthsJsonAnswer() {
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    for (String id :
        new String[] {"%7Bx%7D", "%24%7Bjndi%7D", "%5Bx%5D", "%22%3Cx%3E", "%25%25", "x%20y"}) {
      assertThat(detail(deleteSession(id, access), 404)).as(id).isEqualTo("Session not found");
    }
  }

  /**
   * Bytes that are not UTF-8 in a path, percent-encoded or raw, reach FullAuth (the listener's
   * uri-encoding is ISO-8859-1), inside /api and outside it.
   */
  @Test
  void invalidUtf8InAPath_getsFullAuthsJsonAnswer() {
    String access = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    for (String id : new String[] {"%FF%FE", "%C3%28", "%ED%A0%80", "%C0%AF", "a%FFb"}) {
      assertThat(detail(deleteSession(id, access), 404)).as(id).isEqualTo("Session not found");
    }
    assertThat(detail(get("/me/verified/%FF%FE", ""), 404)).isEqualTo("Not Found");
    assertThat(detail(RawHttp.send(port, "GET /%FF HTTP/1.1\r\nHost: 127.0.0.1", null, null), 404))
        .isEqualTo("Not Found");
    byte[] rawTarget = {'/', 'x', '/', (byte) 0xFF, (byte) 0xFE};
    RawHttp.Reply raw =
        RawHttp.send(
            port,
            "GET "
                + new String(rawTarget, StandardCharsets.ISO_8859_1)
                + " HTTP/1.1\r\nHost: 127.0.0.1",
            null,
            null);
    assertThat(detail(raw, 404)).isEqualTo("Not Found");
  }

  /**
   * An encoded NUL or backslash in a path is refused by the servlet container's URI check before
   * FullAuth runs, with an empty 400 that no setting reaches (README, "Errors").
   */
  @Test
  void encodedNulOrBackslashInAPath_isTheContainers400() {
    for (String path : new String[] {AUTH + "/sessions/%00", "/x/a%00b", AUTH + "/x%5Cy"}) {
      RawHttp.Reply reply =
          RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1", null, null);
      assertThat(reply.status()).as(path).isEqualTo(400);
    }
  }

  /** DELETE /sessions/{id} with the id exactly as given (no client-side encoding). */
  private RawHttp.Reply deleteSession(String id, String access) {
    return RawHttp.send(
        port,
        "DELETE "
            + AUTH
            + "/sessions/"
            + id
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + access,
        null,
        null);
  }

  private RawHttp.Reply get(String pathAndQuery, String moreHeaderLines) {
    return RawHttp.send(
        port,
        "GET " + AUTH + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1" + moreHeaderLines,
        null,
        null);
  }

  private RawHttp.Reply deleteWithBody(String path, String token) {
    return RawHttp.send(
        port,
        "DELETE "
            + AUTH
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2"
            + (token == null ? "" : "\r\nAuthorization: Bearer " + token),
        null,
        "{}".getBytes(StandardCharsets.US_ASCII));
  }
}
