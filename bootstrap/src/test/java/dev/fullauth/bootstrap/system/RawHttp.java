package dev.fullauth.bootstrap.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends exact bytes over a socket and reads the answer until the server closes the connection: for
 * requests that {@link Http}'s client refuses to build (raw non-ASCII header bytes, odd methods
 * with bodies), as a browser or a hand-written client may send them.
 */
public final class RawHttp {
  private RawHttp() {}

  /**
   * Sends a request to {@code 127.0.0.1:port}. The request head is given without its final empty
   * line; {@code Connection: close} and the blank line are appended, then the body.
   *
   * @param head request line and header lines joined by CRLF, in ISO-8859-1 except where the test
   *     writes raw bytes through {@code extraHeaderBytes}
   * @param extraHeaderBytes one more header line as exact bytes (without CRLF), or null
   * @param body the body bytes, or null
   */
  public static Reply send(int port, String head, byte[] extraHeaderBytes, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      if (extraHeaderBytes != null) {
        out.write(extraHeaderBytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.write(
          ("X-Forwarded-For: " + Http.randomAddress() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return Reply.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the port of the Arquillian-managed server
   */
  public static int systemTestPort() {
    return Integer.parseInt(System.getProperty("fullauth.it.port", "28080"));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toByteArray();
  }

  /** A parsed answer: status, headers (lower-case names) and body. */
  public record Reply(int status, Map<String, String> headers, String body) {
    static Reply parse(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end < 0) {
        throw new IllegalStateException("no complete answer: " + text);
      }
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new TreeMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
      byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        rest = dechunk(rest);
      }
      return new Reply(status, headers, new String(rest, StandardCharsets.UTF_8).strip());
    }

    private static byte[] dechunk(byte[] chunked) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      while (at < chunked.length) {
        int lineEnd =
            new String(chunked, at, chunked.length - at, StandardCharsets.ISO_8859_1)
                .indexOf("\r\n");
        int size =
            Integer.parseInt(
                new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip(),
                16);
        if (size == 0) {
          break;
        }
        out.write(chunked, at + lineEnd + 2, size);
        at += lineEnd + 2 + size + 2;
      }
      return out.toByteArray();
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }
}
