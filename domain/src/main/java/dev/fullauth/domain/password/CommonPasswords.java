package dev.fullauth.domain.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (OWASP SecLists, see {@code common-passwords.NOTICE}), compared
 * case-insensitively. Loaded once, on first use.
 */
public final class CommonPasswords {
  private static final String RESOURCE = "common-passwords.txt";

  private CommonPasswords() {}

  private static final class Holder {
    static final Set<String> LIST = load();
  }

  /**
   * @return whether the password is on the list, ignoring case
   */
  public static boolean contains(String password) {
    return Holder.LIST.contains(password.toLowerCase(Locale.ROOT));
  }

  /**
   * @return the number of distinct (lower-cased) entries
   */
  public static int size() {
    return Holder.LIST.size();
  }

  private static Set<String> load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the domain module");
      }
      Set<String> out = new HashSet<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isEmpty()) {
            out.add(line.toLowerCase(Locale.ROOT));
          }
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
