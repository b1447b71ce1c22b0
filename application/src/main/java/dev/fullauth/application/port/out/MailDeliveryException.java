package dev.fullauth.application.port.out;

/**
 * A mail could not be handed to the mail server. The message names the cause, never the content.
 */
public final class MailDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason what failed, free of secrets
   */
  public MailDeliveryException(String reason) {
    super(reason, null, false, false);
  }
}
