package dev.fullauth.adapter.rest.support;

import dev.fullauth.domain.user.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The anchor's "User JSON", plus the profile field {@code display_name}. Never the hash. */
public final class UserJson {
  private UserJson() {}

  /**
   * @return the user's public JSON
   */
  public static JsonObject of(User user) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", user.id().toString())
            .add("email", user.email().value())
            .add("is_active", user.isActive())
            .add("is_verified", user.isVerified())
            .add("is_superuser", user.isSuperuser());
    return Json.addNullable(json, "display_name", user.displayName().orElse(null)).build();
  }
}
