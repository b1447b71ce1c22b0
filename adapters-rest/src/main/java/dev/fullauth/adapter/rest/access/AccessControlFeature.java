package dev.fullauth.adapter.rest.access;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Applies {@link RequiresRole} and {@link RequiresPermission} to the JAX-RS resources of
 * applications deployed with FullAuth. Annotations on the method replace those on the class.
 */
@Provider
public class AccessControlFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null) {
      return;
    }
    Guard guard = guardOf(method);
    if (guard == null) {
      guard = guardOf(type);
    }
    if (guard != null) {
      context.register(new AccessControlFilter(guard.roles(), guard.permissions()));
    }
  }

  private static Guard guardOf(AnnotatedElement element) {
    RequiresRole roles = element.getAnnotation(RequiresRole.class);
    RequiresPermission permissions = element.getAnnotation(RequiresPermission.class);
    if (roles == null && permissions == null) {
      return null;
    }
    return new Guard(
        roles == null ? Set.of() : Set.of(roles.value()),
        permissions == null ? Set.of() : Set.of(permissions.value()));
  }

  private record Guard(Set<String> roles, Set<String> permissions) {}
}
