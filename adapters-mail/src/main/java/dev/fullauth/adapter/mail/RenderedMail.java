package dev.fullauth.adapter.mail;

/**
 * A mail rendered from its templates. It contains the link with its token: {@code toString} hides
 * the bodies.
 *
 * @param subject subject line
 * @param text plain-text part
 * @param html HTML part
 */
public record RenderedMail(String subject, String text, String html) {
  @Override
  public String toString() {
    return "RenderedMail[subject=" + subject + "]";
  }
}
