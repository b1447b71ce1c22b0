package dev.fullauth.adapter.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers syntactically wrong requests with 422 and the validation list. */
@Provider
public class RequestValidationExceptionMapper
    implements ExceptionMapper<RequestValidationException> {
  @Override
  public Response toResponse(RequestValidationException e) {
    return ErrorResponses.validation(e.issues());
  }
}
