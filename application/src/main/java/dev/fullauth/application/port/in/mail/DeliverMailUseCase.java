package dev.fullauth.application.port.in.mail;

import java.util.List;
import java.util.UUID;

/**
 * The outbox worker's work: find due mails, then deliver each in its own transaction. Delivery
 * claims the mail first, so several workers and nodes never send one mail twice at once.
 */
public interface DeliverMailUseCase {
  /**
   * @return ids of due mails, at most one batch
   */
  List<UUID> dueMail();

  /**
   * Claims, renders (minting the link's token now) and sends one mail; records the outcome.
   *
   * @return whether the mail was accepted by the mail server
   */
  boolean deliver(UUID mailId);
}
