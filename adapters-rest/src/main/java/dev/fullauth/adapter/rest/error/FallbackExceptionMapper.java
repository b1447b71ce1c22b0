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
 *
 * <p>A failure caused by an unreachable database is not unexpected in that sense: it answers {@code
 * 503 {"detail": "Service unavailable. Try again later."}} with {@code Retry-After}, so that load
 * balancers and clients retry instead of reporting a server bug.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (databaseUnreachable(e)) {
      LOG.warning(() -> "database unreachable: " + e);
      return Response.fromResponse(
              ErrorResponses.detail(503, "Service unavailable. Try again later."))
          .header("Retry-After", 5)
          .build();
    }
    return internalError(e);
  }

  /**
   * @return whether a cause is a JDBC connection failure (SQLState class 08, or the JDK's
   *     connection exception types) or the container's refusal to allocate a pooled connection
   */
  static boolean databaseUnreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || (t instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))
          || t.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")
          || t instanceof java.net.ConnectException) {
        return true;
      }
    }
    return false;
  }

  static Response internalError(Throwable e) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected error, correlation id " + correlationId, e);
    return Response.fromResponse(ErrorResponses.detail(500, "Internal server error"))
        .header("X-Correlation-Id", correlationId)
        .build();
  }
}
