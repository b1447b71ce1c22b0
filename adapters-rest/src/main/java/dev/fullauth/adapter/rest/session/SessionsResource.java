package dev.fullauth.adapter.rest.session;

import dev.fullauth.adapter.rest.support.Caller;
import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.session.ListSessionsUseCase;
import dev.fullauth.application.port.in.session.RevokeOtherSessionsUseCase;
import dev.fullauth.application.port.in.session.RevokeSessionUseCase;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionNotFoundException;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's sessions (anchor §2.7, §8.1): list, revoke one, revoke all others. */
@Path("api/v1/auth/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
  @Inject Caller caller;
  @Inject ListSessionsUseCase list;
  @Inject RevokeSessionUseCase revoke;
  @Inject RevokeOtherSessionsUseCase revokeOthers;

  /** GET /sessions */
  @GET
  public Response list() {
    AuthenticatedUser me = caller.require();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (SessionSummary s : list.list(me.user().id(), me.session().orElse(null))) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("family_id", s.sessionId().value())
              .add("created_at", s.createdAt().toString())
              .add("last_used_at", s.lastUsedAt().toString())
              .add("expires_at", s.expiresAt().toString())
              .add("current", s.current());
      Json.addNullable(json, "ip_address", s.ipAddress());
      Json.addNullable(json, "user_agent", s.userAgent());
      out.add(json);
    }
    return Response.ok(out.build()).build();
  }

  /** DELETE /sessions/{family_id}: 204, or 404 for an unknown or someone else's session. */
  @DELETE
  @Path("{family_id}")
  public Response revoke(@PathParam("family_id") String familyId) {
    AuthenticatedUser me = caller.require();
    if (!SessionId.isWellFormed(familyId)) {
      throw new SessionNotFoundException();
    }
    revoke.revoke(me.user().id(), new SessionId(familyId));
    return Response.noContent().build();
  }

  /** POST /sessions/revoke-others: needs a session-bound access token. */
  @POST
  @Path("revoke-others")
  public Response revokeOthers() {
    AuthenticatedUser me = caller.require();
    SessionId current =
        me.session()
            .orElseThrow(() -> new InvalidCredentialsException("access token has no session"));
    int count = revokeOthers.revokeOthers(me.user().id(), current);
    return Response.ok(Json.detail("Signed out " + count + " other session(s).")).build();
  }
}
