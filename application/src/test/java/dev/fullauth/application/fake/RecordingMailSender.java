package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.MailDeliveryException;
import dev.fullauth.application.port.out.MailMessage;
import dev.fullauth.application.port.out.MailSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps sent mails; can be switched to fail like an unreachable SMTP server. */
public final class RecordingMailSender implements MailSender {
  public final List<MailMessage> sent = new CopyOnWriteArrayList<>();
  public volatile boolean down;

  @Override
  public void send(MailMessage message) {
    if (down) {
      throw new MailDeliveryException("SMTP down");
    }
    sent.add(message);
  }

  /**
   * @return the token in the link of the last mail
   */
  public String lastToken() {
    String link = sent.get(sent.size() - 1).variables().get("link");
    return java.net.URLDecoder.decode(
        link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
  }
}
