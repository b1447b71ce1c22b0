package dev.fullauth.adapter.rest.error;

import dev.fullauth.adapter.rest.support.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the JSON error bodies of the contract: {@code {"detail": ...}}. */
public final class ErrorResponses {
  /** The anchor's credentials error detail. */
  public static final String CREDENTIALS = "Could not validate credentials";

  private ErrorResponses() {}

  /**
   * @return a response with {@code {"detail": detail}}
   */
  public static Response detail(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Json.detail(detail))
        .build();
  }

  /**
   * @return 401 credentials error with {@code WWW-Authenticate: Bearer} (anchor §1.2)
   */
  public static Response unauthorized() {
    return Response.fromResponse(detail(401, CREDENTIALS))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  /**
   * @return 422 with the validation list
   */
  public static Response validation(List<ValidationIssue> issues) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ValidationIssue issue : issues) {
      JsonArrayBuilder loc = Json.createArrayBuilder();
      for (Object part : issue.loc()) {
        if (part instanceof Number n) {
          loc.add(n.longValue());
        } else {
          loc.add(String.valueOf(part));
        }
      }
      list.add(
          Json.createObjectBuilder()
              .add("type", issue.type())
              .add("loc", loc)
              .add("msg", issue.msg()));
    }
    JsonObject body = Json.createObjectBuilder().add("detail", list).build();
    return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
