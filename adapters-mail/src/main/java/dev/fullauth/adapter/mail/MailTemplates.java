package dev.fullauth.adapter.mail;

import dev.fullauth.application.port.out.MailMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders mails from templates: {@code <locale>/<name>.subject.txt}, {@code <name>.txt} and {@code
 * <name>.html}. A deployer's directory ({@code FULLAUTH_MAIL_TEMPLATES_DIR}) wins over the shipped
 * templates; the locale falls back from {@code de-CH} to {@code de} to {@code en}. Placeholders are
 * {@code {{name}}}; values are HTML-escaped in the HTML part.
 */
public final class MailTemplates {
  private static final String CLASSPATH_ROOT = "fullauth/mail/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
  private static final Pattern LOCALE = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");

  private final Path overrideDir;

  /**
   * @param overrideDir the deployer's template directory, or null
   */
  public MailTemplates(Path overrideDir) {
    // Normalised once, so that the containment check below holds for "./dir" or "a/../dir" too.
    this.overrideDir = overrideDir == null ? null : overrideDir.toAbsolutePath().normalize();
  }

  /**
   * @return the rendered mail
   * @throws IllegalStateException when a template is missing in every candidate locale
   */
  public RenderedMail render(MailMessage message) {
    String name = message.template().fileName();
    List<String> locales = candidates(message.locale());
    return new RenderedMail(
        fill(load(locales, name + ".subject.txt"), message.variables(), false).strip(),
        fill(load(locales, name + ".txt"), message.variables(), false),
        fill(load(locales, name + ".html"), message.variables(), true));
  }

  static List<String> candidates(String locale) {
    List<String> out = new ArrayList<>();
    if (locale != null && LOCALE.matcher(locale).matches()) {
      String tag = locale.toLowerCase(Locale.ROOT);
      out.add(tag);
      int dash = tag.indexOf('-');
      if (dash > 0) {
        out.add(tag.substring(0, dash));
      }
    }
    if (!out.contains("en")) {
      out.add("en");
    }
    return out;
  }

  private String load(List<String> locales, String file) {
    for (String locale : locales) {
      Optional<String> found = fromDirectory(locale, file).or(() -> fromClasspath(locale, file));
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalStateException("mail template " + file + " is missing");
  }

  private Optional<String> fromDirectory(String locale, String file) {
    if (overrideDir == null) {
      return Optional.empty();
    }
    Path path = overrideDir.resolve(locale).resolve(file).normalize();
    if (!path.startsWith(overrideDir) || !Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> fromClasspath(String locale, String file) {
    try (InputStream in =
        MailTemplates.class
            .getClassLoader()
            .getResourceAsStream(CLASSPATH_ROOT + locale + "/" + file)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fill(String template, Map<String, String> variables, boolean html) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = variables.getOrDefault(m.group(1), "");
      m.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
