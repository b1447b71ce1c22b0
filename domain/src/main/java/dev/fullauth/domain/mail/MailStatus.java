package dev.fullauth.domain.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
  /** Waiting for its (next) delivery attempt. */
  PENDING,
  /** Accepted by the SMTP server. */
  DELIVERED,
  /** Given up after the last allowed attempt. */
  FAILED,
  /**
   * Not sent: no account has the address (any more). Keeps resets free of an enumeration oracle.
   */
  SKIPPED
}
