package dev.fullauth.adapter.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the JAX-RS runtime's own errors (unknown path, wrong method, unsupported media type,
 * unreadable body) into JSON bodies with the standard reason phrase as detail (CONTRACT.md item
 * 14).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return FallbackExceptionMapper.internalError(e);
    }
    // The runtime's own security checks (@RolesAllowed) answer like FullAuth's (anchor §1.2).
    if (status == 401) {
      return ErrorResponses.unauthorized();
    }
    if (status == 403) {
      return ErrorResponses.detail(403, "Not enough permissions");
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String detail = type == null ? "Error" : type.getReasonPhrase();
    Response.ResponseBuilder builder = Response.fromResponse(ErrorResponses.detail(status, detail));
    if (original.getHeaderString("Allow") != null) {
      builder.header("Allow", original.getHeaderString("Allow"));
    }
    return builder.build();
  }
}
