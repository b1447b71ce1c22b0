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
 * or non-JSON bodies: raw non-ASCII header bytes, long targets, large headers, bodies on DELETE.
 * Each gets FullAuth's JSON answer; sent over a raw socket, byte for byte.
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
      RawHttp.Reply reply =
          RawHttp.send(
              port,
              "DELETE "
                  + AUTH
                  + "/sessions/"
                  + id
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + access,
              null,
              null);
      assertThat(detail(reply, 404)).as(id).isEqualTo("Session not found");
    }
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
