package dev.fullauth.application.port.in.mail;

import dev.fullauth.domain.user.EmailAddress;

/**
 * Queues a password-reset mail for an address (anchor §2.3). The request does the same work whether
 * or not an account has the address (one outbox row); the delivery worker decides.
 */
public interface RequestPasswordResetUseCase {
  /**
   * @param email the address as submitted
   * @param locale preferred language of the mail (BCP 47), never null
   */
  void request(EmailAddress email, String locale);
}
