package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.user.User;
import java.util.Set;

/**
 * Decides whether a user holds one of some permissions through the stored roles (anchor §1.3 {@code
 * require_permission}); superusers hold every permission.
 */
public interface CheckPermissionUseCase {
  /**
   * @return whether the user holds at least one of the permissions
   */
  boolean holdsAny(User user, Set<String> permissions);
}
