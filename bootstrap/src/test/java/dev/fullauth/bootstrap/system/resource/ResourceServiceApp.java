package dev.fullauth.bootstrap.system.resource;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * A team's own service that trusts FullAuth tokens through plain MicroProfile JWT: configured only
 * with FullAuth's JWKS URL and issuer (see README, "Services that trust FullAuth tokens").
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"editor", "reader"})
public class ResourceServiceApp extends Application {}
