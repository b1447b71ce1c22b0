package dev.fullauth.adapter.rest.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a JAX-RS resource method (or every method of a resource class) of an application deployed
 * with FullAuth: the caller needs a valid FullAuth access token (else 401) and at least one of the
 * roles in storage (else 403); superusers pass. Roles are read on every request, so changes apply
 * without a new login.
 *
 * <p>Jakarta's {@code @RolesAllowed} works too (enforced by the container through {@link
 * BearerAuthenticationMechanism}, roles declared with {@code @DeclareRoles}); this annotation needs
 * no declaration and lets superusers pass.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
  /**
   * @return the roles, any one of which suffices
   */
  String[] value();
}
