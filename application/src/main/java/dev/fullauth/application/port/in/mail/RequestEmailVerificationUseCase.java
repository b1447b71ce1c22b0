package dev.fullauth.application.port.in.mail;

import dev.fullauth.domain.user.UserId;

/**
 * Queues a verification mail for the caller (anchor §2.3): for every existing account, verified or
 * not; the link is {@code {frontend}/verify?token=…}.
 */
public interface RequestEmailVerificationUseCase {
  /**
   * @param userId the caller
   * @param locale preferred language of the mail (BCP 47), never null
   */
  void request(UserId userId, String locale);
}
