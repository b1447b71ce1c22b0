package dev.fullauth.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.fullauth.application.port.out.MailDeliveryException;
import dev.fullauth.application.port.out.MailMessage;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Real SMTP: GreenMail on 127.0.0.1. */
class SmtpMailSenderTest {
  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(new ServerSetup(23125, "127.0.0.1", "smtp"));

  private static MailMessage reset(String locale) {
    return new MailMessage(
        EmailAddress.of("ann@example.com"),
        MailTemplate.RESET_PASSWORD,
        locale,
        Map.of(
            "link", "http://localhost:3000/reset-password?token=abc.def<x>",
            "expires_minutes", "15",
            "product_name", "Acme",
            "email", "ann@example.com"));
  }

  private static SmtpSettings local(int port) {
    return new SmtpSettings("127.0.0.1", port, null, null, false, "no-reply@acme.test", 2000);
  }

  @Test
  void sendsAMultipartMail_withTextAndHtmlParts() throws Exception {
    new SmtpMailSender(local(23125), new MailTemplates(null)).send(reset("de-CH"));
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Reset your Acme password");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@acme.test");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(GreenMailUtil.getBody(parts.getBodyPart(0)))
        .contains("http://localhost:3000/reset-password?token=abc.def<x>")
        .contains("15 minutes");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(GreenMailUtil.getBody(parts.getBodyPart(1))).contains("token=abc.def&lt;x&gt;");
  }

  @Test
  void deployerTemplates_winOverTheShippedOnes_perLocale(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("de"));
    Files.writeString(
        dir.resolve("de/reset-password.subject.txt"), "Passwort von {{product_name}} zurücksetzen");
    RenderedMail german = new MailTemplates(dir).render(reset("de-CH"));
    assertThat(german.subject()).isEqualTo("Passwort von Acme zurücksetzen");
    assertThat(german.text()).contains("someone asked to reset");
    assertThat(new MailTemplates(dir).render(reset("fr")).subject())
        .isEqualTo("Reset your Acme password");
    assertThat(MailTemplates.candidates("../../etc")).containsExactly("en");
  }

  @Test
  void unreachableServer_isADeliveryFailure_withoutContent() {
    SmtpMailSender sender = new SmtpMailSender(local(23199), new MailTemplates(null));
    assertThatThrownBy(() -> sender.send(reset("en")))
        .isInstanceOf(MailDeliveryException.class)
        .hasMessageContaining("127.0.0.1:23199")
        .hasMessageNotContaining("token");
  }

  @Test
  void developmentLog_masksTokens() {
    assertThat(LoggingMailSender.mask("open http://x/reset-password?token=eyJ.abc.def now"))
        .isEqualTo("open http://x/reset-password?token=<redacted> now");
  }
}
