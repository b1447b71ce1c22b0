package dev.fullauth.adapter.rest.support;

import dev.fullauth.adapter.rest.error.ErrorResponses;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with {@code 413 {"detail": "Request Entity
 * Too Large"}}: no FullAuth request needs more, and reading unbounded bodies into memory would let
 * one client exhaust the heap. Declared lengths are refused at once; chunked bodies are cut off
 * while they are read.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {
  /** Largest accepted body. Passkey attestations are the largest legitimate bodies (a few KiB). */
  public static final int MAX_BYTES = 64 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge());
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream()));
  }

  private static jakarta.ws.rs.core.Response tooLarge() {
    return ErrorResponses.detail(413, "Request Entity Too Large");
  }

  private static final class Limited extends FilterInputStream {
    private long remaining = MAX_BYTES;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw new WebApplicationException(tooLarge());
      }
    }
  }
}
