package dev.fullauth.adapter.rest.support;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Comma-separated configuration values (origins, exempt paths) as the filters compare them. */
public final class CommaList {
  private CommaList() {}

  /**
   * @param value the configured value, when set
   * @return its items, stripped, without empty ones
   */
  public static List<String> parse(Optional<String> value) {
    return Arrays.stream(value.orElse("").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * @param s an origin or path
   * @return {@code s} without one trailing slash
   */
  public static String withoutTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
