package dev.fullauth.bootstrap.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real SMTP server the system tests send to: GreenMail on 127.0.0.1, started before the
 * deployment so that the server under test can reach it, and stoppable to simulate an outage.
 */
public final class MailServer {
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9._%-]+)");
  private static GreenMail greenMail;

  private MailServer() {}

  /** Starts the server (idempotent). */
  public static synchronized void start() {
    if (greenMail == null) {
      int port = Integer.getInteger("fullauth.it.smtp.port", 23025);
      greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
      greenMail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(MailServer::stop));
    }
  }

  /** Stops the server, as an outage would. */
  public static synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /**
   * @return the mails received for the address so far
   */
  public static synchronized List<MimeMessage> mailsTo(String address) {
    if (greenMail == null) {
      return List.of();
    }
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /** Waits until {@code count} mails arrived for the address and returns the newest. */
  public static MimeMessage awaitMail(String address, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> mails = mailsTo(address);
      if (mails.size() >= count) {
        return mails.get(mails.size() - 1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no mail #" + count + " for " + address + " within " + timeout);
  }

  /**
   * @return the plain-text part of a multipart mail
   */
  public static String text(MimeMessage mail) throws Exception {
    return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
  }

  /**
   * @return the HTML part of a multipart mail
   */
  public static String html(MimeMessage mail) throws Exception {
    return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
  }

  /**
   * @return the (URL-decoded) token of the first link in the text
   */
  public static String token(String text) {
    Matcher m = TOKEN.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no token link in: " + text);
    }
    return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
  }
}
