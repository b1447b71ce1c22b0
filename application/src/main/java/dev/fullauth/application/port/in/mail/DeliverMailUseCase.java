package dev.fullauth.application.port.in.mail;

import java.util.List;
import java.util.UUID;

/**
 * The outbox worker's work: find due mails, then deliver each. Delivery claims the mail first (a
 * committed lease), so several workers and nodes never send one mail twice at once; the mail is
 * sent outside any database transaction and its outcome recorded after.
 */
public interface DeliverMailUseCase {
  /**
   * @return ids of due mails, at most one batch
   */
  List<UUID> dueMail();

  /**
   * Claims, renders (minting the link's token now) and sends one mail; records the outcome. At
   * least once: a mail whose outcome could not be recorded is sent again when its lease ends.
   *
   * @return whether the mail was accepted by the mail server
   */
  boolean deliver(UUID mailId);
}
