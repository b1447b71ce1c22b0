package dev.fullauth.adapter.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: any unexpected failure answers {@code 500 {"detail": "Internal server error"}} with
 * no stack trace, and is logged with a correlation id that the response carries in {@code
 * X-Correlation-Id} so that operators can find the log entry.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    return internalError(e);
  }

  static Response internalError(Throwable e) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected error, correlation id " + correlationId, e);
    return Response.fromResponse(ErrorResponses.detail(500, "Internal server error"))
        .header("X-Correlation-Id", correlationId)
        .build();
  }
}
