package dev.fullauth.application.port.out;

import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.user.EmailAddress;
import java.util.Map;
import java.util.Objects;

/**
 * A mail ready to be rendered and sent. The variables hold the link with its token: {@code
 * toString} hides them.
 *
 * @param to the recipient
 * @param template what to render
 * @param locale preferred template language (BCP 47), falls back to English
 * @param variables template variables: {@code link}, {@code expires_minutes}, {@code product_name},
 *     {@code email}
 */
public record MailMessage(
    EmailAddress to, MailTemplate template, String locale, Map<String, String> variables) {
  public MailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(locale, "locale");
    variables = Map.copyOf(variables);
  }

  @Override
  public String toString() {
    return "MailMessage[template=" + template + ", locale=" + locale + ", variables=redacted]";
  }
}
