package dev.fullauth.application.port.out;

/** Renders and sends one mail now (SMTP in production). */
public interface MailSender {
  /**
   * @throws MailDeliveryException when the mail could not be handed over; the outbox retries it
   */
  void send(MailMessage message);
}
