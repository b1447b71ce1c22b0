package dev.fullauth.adapter.mail;

import dev.fullauth.application.port.out.MailDeliveryException;
import dev.fullauth.application.port.out.MailMessage;
import dev.fullauth.application.port.out.MailSender;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends mail over SMTP with Jakarta Mail: a {@code multipart/alternative} message with a plain-text
 * and an HTML part. STARTTLS is required when configured, authentication used when a user is set.
 * Failures become {@link MailDeliveryException}s naming the cause class only, never the content.
 */
public final class SmtpMailSender implements MailSender {
  private final SmtpSettings settings;
  private final MailTemplates templates;
  private final Session session;

  public SmtpMailSender(SmtpSettings settings, MailTemplates templates) {
    this.settings = settings;
    this.templates = templates;
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
    props.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
    props.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
    if (settings.startTls()) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
      props.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    props.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
    Authenticator authenticator =
        settings.authenticates()
            ? new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
              }
            }
            : null;
    this.session = Session.getInstance(props, authenticator);
  }

  @Override
  public void send(MailMessage message) {
    RenderedMail mail = templates.render(message);
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(settings.from()));
      mime.setRecipient(
          jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.to().value()));
      mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      mime.setSentDate(new Date());
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), StandardCharsets.UTF_8.name());
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(mail.html(), "text/html; charset=UTF-8");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      mime.setContent(alternative);
      Transport.send(mime);
    } catch (MessagingException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new MailDeliveryException(
          "SMTP "
              + settings.host()
              + ":"
              + settings.port()
              + ": "
              + e.getClass().getSimpleName()
              + " ("
              + root.getClass().getSimpleName()
              + ")");
    }
  }
}
