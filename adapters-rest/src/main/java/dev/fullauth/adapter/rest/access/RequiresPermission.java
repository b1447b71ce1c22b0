package dev.fullauth.adapter.rest.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a JAX-RS resource method (or every method of a resource class) of an application deployed
 * with FullAuth: the caller needs a valid FullAuth access token (else 401) and at least one of the
 * permissions through its stored roles (else 403); superusers pass. Permissions are read from
 * storage on every request, so changes apply without a new login.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
  /**
   * @return the permissions, any one of which suffices, e.g. {@code "posts:edit"}
   */
  String[] value();
}
