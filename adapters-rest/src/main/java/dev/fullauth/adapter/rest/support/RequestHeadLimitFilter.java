package dev.fullauth.adapter.rest.support;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request target (path and query) over {@value #MAX_TARGET_CHARS} characters with {@code
 * 414 {"detail": "URI Too Long"}} and header fields over {@value #MAX_HEADER_CHARS} characters in
 * all with {@code 431 {"detail": "Request Header Fields Too Large"}}. The HTTP listener lets
 * request heads up to 64 KiB through, so that such requests reach FullAuth and get its JSON answer
 * instead of the listener's empty 400; these bounds keep what FullAuth itself handles as small as
 * before.
 */
@Provider
@PreMatching
public class RequestHeadLimitFilter implements ContainerRequestFilter {
  /** Longest accepted request target; no FullAuth route needs a fraction of it. */
  public static final int MAX_TARGET_CHARS = 8 * 1024;

  /** Largest accepted sum of header names and values; token cookies take about 2 KiB. */
  public static final int MAX_HEADER_CHARS = 16 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String query = uri.getRawQuery();
    int target = uri.getRawPath().length() + (query == null ? 0 : query.length() + 1);
    long headers = 0;
    for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headers += header.getKey().length() + (value == null ? 0 : value.length());
      }
    }
    int status = refusal(target, headers);
    if (status != 0) {
      request.abortWith(
          ErrorResponses.detail(
              status, status == 414 ? "URI Too Long" : "Request Header Fields Too Large"));
    }
  }

  /**
   * @return 414 or 431 when a bound is exceeded (the target first), else 0
   */
  static int refusal(int targetChars, long headerChars) {
    if (targetChars > MAX_TARGET_CHARS) {
      return 414;
    }
    return headerChars > MAX_HEADER_CHARS ? 431 : 0;
  }
}
