package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.user.User;
import java.util.Set;

/**
 * The roles a user holds now, read from storage: the groups the container checks
 * {@code @RolesAllowed} against. A superuser holds every role that exists.
 */
public interface ListUserRolesUseCase {
  /**
   * @return the role names
   */
  Set<String> rolesOf(User user);
}
