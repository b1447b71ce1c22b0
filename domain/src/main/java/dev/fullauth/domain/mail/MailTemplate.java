package dev.fullauth.domain.mail;

/** The mails FullAuth sends, each rendered from a template of the same name. */
public enum MailTemplate {
  VERIFY_EMAIL("verify-email"),
  RESET_PASSWORD("reset-password"),
  /** A notice without a link token: a passkey was added to the account. */
  PASSKEY_ADDED("passkey-added");

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
