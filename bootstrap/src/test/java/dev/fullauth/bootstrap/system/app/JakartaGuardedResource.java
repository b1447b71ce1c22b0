package dev.fullauth.bootstrap.system.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * An application's resource guarded with Jakarta's own {@code @RolesAllowed}, enforced by the
 * container with FullAuth's authentication mechanism; added to the test deployment.
 */
@Path("api/test/jakarta")
@DeclareRoles("editor")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class JakartaGuardedResource {
  @Context SecurityContext security;

  @GET
  @RolesAllowed("editor")
  public String editor() {
    return "jakarta editor " + security.getUserPrincipal().getName();
  }
}
