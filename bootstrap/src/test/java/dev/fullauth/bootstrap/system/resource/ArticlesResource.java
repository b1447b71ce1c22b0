package dev.fullauth.bootstrap.system.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The resource service's guarded resource: editors only, roles from the token's groups. */
@Path("articles")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ArticlesResource {
  @Context SecurityContext security;

  @GET
  @RolesAllowed("editor")
  public String edit() {
    return "editor " + security.getUserPrincipal().getName();
  }
}
