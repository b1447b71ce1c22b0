package dev.fullauth.bootstrap.system.app;

import dev.fullauth.adapter.rest.access.RequiresPermission;
import dev.fullauth.adapter.rest.access.RequiresRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** An application's resource guarded with FullAuth tokens, added to the test deployment. */
@Path("api/test/guarded")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
@RequiresRole("staff")
public class GuardedResource {
  @Context SecurityContext security;

  @GET
  @Path("editor")
  @RequiresRole("editor")
  public String editor() {
    return "editor "
        + security.getUserPrincipal().getName()
        + " "
        + security.isUserInRole("editor");
  }

  @GET
  @Path("publish")
  @RequiresPermission({"posts:publish", "posts:admin"})
  public String publish() {
    return "published";
  }

  @GET
  @Path("staff")
  public String staff() {
    return "staff";
  }
}
