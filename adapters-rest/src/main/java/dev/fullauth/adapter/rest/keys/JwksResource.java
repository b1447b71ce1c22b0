package dev.fullauth.adapter.rest.keys;

import dev.fullauth.application.port.in.keys.PublishSigningKeysUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GET /.well-known/jwks.json: the public keys that verify our tokens (CONTRACT.md §3). */
@Path("api/v1/auth/.well-known/jwks.json")
@RequestScoped
public class JwksResource {
  @Inject PublishSigningKeysUseCase keys;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(keys.publicKeySet()).cacheControl(cache).build();
  }
}
