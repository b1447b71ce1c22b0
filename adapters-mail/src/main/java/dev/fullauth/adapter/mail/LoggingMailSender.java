package dev.fullauth.adapter.mail;

import dev.fullauth.application.port.out.MailMessage;
import dev.fullauth.application.port.out.MailSender;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Development stand-in when no SMTP host is configured: renders the mail and logs its plain-text
 * part with every token masked, so that a developer sees what would be sent and no secret reaches
 * the log. The production profile refuses to start with it.
 */
public final class LoggingMailSender implements MailSender {
  private static final Logger LOG = Logger.getLogger(LoggingMailSender.class.getName());
  private static final Pattern TOKEN = Pattern.compile("token=[^\\s\"'<>]+");

  private final MailTemplates templates;

  public LoggingMailSender(MailTemplates templates) {
    this.templates = templates;
  }

  @Override
  public void send(MailMessage message) {
    RenderedMail mail = templates.render(message);
    LOG.info(
        "FULLAUTH_SMTP_HOST is not set; mail to "
            + message.to()
            + " not sent:\nSubject: "
            + mail.subject()
            + "\n"
            + mask(mail.text()));
  }

  static String mask(String text) {
    return TOKEN.matcher(text).replaceAll("token=<redacted>");
  }
}
