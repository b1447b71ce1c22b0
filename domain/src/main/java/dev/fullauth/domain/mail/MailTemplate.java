package dev.fullauth.domain.mail;

/** The mails FullAuth sends, each rendered from a template of the same name. */
public enum MailTemplate {
  VERIFY_EMAIL("verify-email"),
  RESET_PASSWORD("reset-password");

  private final String fileName;

  MailTemplate(String fileName) {
    this.fileName = fileName;
  }

  /**
   * @return the base name of the template files, e.g. {@code verify-email}
   */
  public String fileName() {
    return fileName;
  }
}
