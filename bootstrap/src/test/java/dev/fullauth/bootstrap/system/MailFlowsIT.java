package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two e-mail flows end to end: the server under test sends real mail to GreenMail, the test
 * follows the link's token like a frontend would (anchor §2.3, CONTRACT.md items 3, 5, 11).
 */
@ExtendWith(ArquillianExtension.class)
class MailFlowsIT {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
  private final Http http = Http.forSystemTests();

  @AfterEach
  void smtpIsBack() {
    MailServer.start();
  }

  @Test
  void verification_mailLinkOpensTheFrontend_andConfirmsOnce() throws Exception {
    String email = Accounts.newEmail();
    String access = Accounts.registerAndLogIn(http, email).getString("access_token");
    assertThat(http.get(AUTH + "/me/verified", access).status()).isEqualTo(403);

    Http.Reply requested = http.post(AUTH + "/verify-email/request", null, access);
    assertThat(requested.status()).isEqualTo(202);
    assertThat(requested.json().getString("detail"))
        .isEqualTo("If eligible, a verification email has been sent.");

    MimeMessage mail = MailServer.awaitMail(email, 1, MAIL_WAIT);
    assertThat(mail.getSubject()).isEqualTo("Confirm your e-mail address for FullAuth");
    String text = MailServer.text(mail);
    assertThat(text).contains("http://frontend.test/verify?token=").contains("1440 minutes");
    String token = MailServer.token(text);
    assertThat(MailServer.html(mail)).contains("href=\"http://frontend.test/verify?token=");

    Http.Reply confirmed =
        http.post(AUTH + "/verify-email/confirm", "{\"token\":\"" + token + "\"}");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().getString("detail")).isEqualTo("Email verified.");
    assertThat(http.get(AUTH + "/me/verified", access).status()).isEqualTo(200);
    // single use; and a purpose token never authenticates
    assertThat(http.post(AUTH + "/verify-email/confirm", "{\"token\":\"" + token + "\"}").status())
        .isEqualTo(401);
    assertThat(http.get(AUTH + "/me", token).status()).isEqualTo(401);
  }

  @Test
  void passwordReset_setsThePassword_andEndsEverySession() throws Exception {
    String email = Accounts.newEmail();
    JsonObject first = Accounts.registerAndLogIn(http, email);
    JsonObject second = Accounts.logIn(http, email, Accounts.PASSWORD);

    Http.Reply requested =
        http.post(AUTH + "/password-reset/request", "{\"email\":\"" + email.toUpperCase() + "\"}");
    assertThat(requested.status()).isEqualTo(202);
    assertThat(requested.json().getString("detail"))
        .isEqualTo("If the email exists, a reset link has been sent.");
    MimeMessage mail = MailServer.awaitMail(email, 1, MAIL_WAIT);
    String text = MailServer.text(mail);
    assertThat(text).contains("http://frontend.test/reset-password?token=").contains("15 minutes");
    String token = MailServer.token(text);

    Http.Reply weak =
        http.post(
            AUTH + "/password-reset/confirm",
            "{\"token\":\"" + token + "\",\"new_password\":\"x9!qz\"}");
    assertThat(weak.status()).isEqualTo(422);
    assertThat(weak.json().getString("detail")).isEqualTo("Password must be at least 8 characters");
    Http.Reply reset =
        http.post(
            AUTH + "/password-reset/confirm",
            "{\"token\":\"" + token + "\",\"new_password\":\"a brand new secret\"}");
    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().getString("detail")).isEqualTo("Password has been reset.");

    for (JsonObject session : List.of(first, second)) {
      assertThat(http.get(AUTH + "/me", session.getString("access_token")).status()).isEqualTo(401);
      assertThat(
              http.post(AUTH + "/refresh", Accounts.refreshBody(session.getString("refresh_token")))
                  .status())
          .isEqualTo(401);
    }
    Accounts.logIn(http, email, "a brand new secret");
    assertThat(
            http.post(
                    AUTH + "/password-reset/confirm",
                    "{\"token\":\"" + token + "\",\"new_password\":\"yet another one\"}")
                .status())
        .isEqualTo(401);
  }

  @Test
  void resetRequests_forUnknownAddresses_lookAndTakeTheSame() {
    String known = Accounts.newEmail();
    Accounts.registerAndLogIn(http, known);
    String unknown = Accounts.newEmail();
    List<Long> knownTimes = new ArrayList<>();
    List<Long> unknownTimes = new ArrayList<>();
    Http.Reply knownReply = null;
    Http.Reply unknownReply = null;
    for (int i = 0; i < 25; i++) {
      long t0 = System.nanoTime();
      knownReply = http.post(AUTH + "/password-reset/request", "{\"email\":\"" + known + "\"}");
      long t1 = System.nanoTime();
      unknownReply = http.post(AUTH + "/password-reset/request", "{\"email\":\"" + unknown + "\"}");
      long t2 = System.nanoTime();
      if (i >= 5) { // the first rounds warm up the JIT
        knownTimes.add(t1 - t0);
        unknownTimes.add(t2 - t1);
      }
    }
    assertThat(unknownReply.status()).isEqualTo(knownReply.status()).isEqualTo(202);
    assertThat(unknownReply.body()).isEqualTo(knownReply.body());
    long knownMedian = median(knownTimes);
    long unknownMedian = median(unknownTimes);
    System.out.printf(
        "[figures] password-reset/request median: known %.2f ms, unknown %.2f ms%n",
        knownMedian / 1e6, unknownMedian / 1e6);
    // Both requests do the same work (one outbox row); only noise separates them.
    assertThat(Math.abs(knownMedian - unknownMedian)).isLessThan(Duration.ofMillis(20).toNanos());
  }

  @Test
  void smtpOutage_delaysTheMail_butNeitherTheAnswerNorLosesIt() throws Exception {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    MailServer.stop();
    long t0 = System.nanoTime();
    Http.Reply requested =
        http.post(AUTH + "/password-reset/request", "{\"email\":\"" + email + "\"}");
    long answerMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(requested.status()).isEqualTo(202);
    assertThat(answerMillis).as("the answer does not wait for SMTP").isLessThan(1500);
    Thread.sleep(1500); // a few failed attempts (back-off 300 ms doubling to 1 s)
    try (Connection c = SystemTestDeployment.Db.connect(true);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, attempts, last_error FROM fullauth_mail_outbox WHERE recipient = ?")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("status")).isEqualTo("PENDING");
        assertThat(rs.getInt("attempts")).isPositive();
        assertThat(rs.getString("last_error")).contains("SMTP 127.0.0.1").doesNotContain("token");
      }
    }
    MailServer.start();
    MimeMessage mail = MailServer.awaitMail(email, 1, MAIL_WAIT);
    assertThat(MailServer.text(mail)).contains("/reset-password?token=");
    try (Connection c = SystemTestDeployment.Db.connect(true);
        PreparedStatement s =
            c.prepareStatement("SELECT status FROM fullauth_mail_outbox WHERE recipient = ?")) {
      s.setString(1, email);
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      String status = "";
      while (!"DELIVERED".equals(status) && System.nanoTime() < deadline) {
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          status = rs.getString(1);
        }
        Thread.sleep(50);
      }
      assertThat(status).isEqualTo("DELIVERED");
    }
  }

  @Test
  void expiredForeignAndOrphanTokens_are401_neverA500() throws Exception {
    String email = Accounts.newEmail();
    JsonObject login = Accounts.registerAndLogIn(http, email);
    String access = login.getString("access_token");
    TokenForge forge = TokenForge.fromServerDatabase();
    String expiredReset =
        forge.resign(
            access,
            b ->
                b.claim("extra", Map.of("purpose", "password_reset"))
                    .claim("family_id", null)
                    .expirationTime(new Date(System.currentTimeMillis() - 120_000)));
    assertThat(
            http.post(
                    AUTH + "/password-reset/confirm",
                    "{\"token\":\"" + expiredReset + "\",\"new_password\":\"whatever123\"}")
                .status())
        .isEqualTo(401);
    // a session token is not a verification token
    assertThat(http.post(AUTH + "/verify-email/confirm", "{\"token\":\"" + access + "\"}").status())
        .isEqualTo(401);

    assertThat(http.post(AUTH + "/verify-email/request", null, access).status()).isEqualTo(202);
    String token = MailServer.token(MailServer.text(MailServer.awaitMail(email, 1, MAIL_WAIT)));
    assertThat(http.send("DELETE", AUTH + "/me", null, access).status()).isEqualTo(204);
    Http.Reply orphan = http.post(AUTH + "/verify-email/confirm", "{\"token\":\"" + token + "\"}");
    assertThat(orphan.status()).isEqualTo(401);
    assertThat(orphan.json().getString("detail")).isEqualTo("Could not validate credentials");
  }

  @Test
  void badRequests_areRefused() {
    assertThat(http.post(AUTH + "/verify-email/request", null).status()).isEqualTo(401);
    assertThat(
            http.post(AUTH + "/password-reset/request", "{\"email\":\"not-an-address\"}").status())
        .isEqualTo(422);
    assertThat(http.post(AUTH + "/password-reset/confirm", "{\"token\":\"x\"}").status())
        .isEqualTo(422);
    assertThat(http.post(AUTH + "/verify-email/confirm", "{}").status()).isEqualTo(422);
    assertThat(http.post(AUTH + "/verify-email/confirm", "{\"token\":\"garbage\"}").status())
        .isEqualTo(401);
  }

  @Test
  void outbox_drainsABurst_andEveryMailArrives() throws Exception {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    int burst = 100;
    long t0 = System.nanoTime();
    for (int i = 0; i < burst; i++) {
      assertThat(
              http.post(AUTH + "/password-reset/request", "{\"email\":\"" + email + "\"}").status())
          .isEqualTo(202);
    }
    long queued = System.nanoTime();
    MailServer.awaitMail(email, burst, Duration.ofSeconds(90));
    long drained = System.nanoTime();
    System.out.printf(
        "[figures] outbox: %d requests answered in %.2f s (%.1f ms each); all %d mails delivered %.2f s after the"
            + " first request (%.1f mails/s end to end)%n",
        burst,
        (queued - t0) / 1e9,
        (queued - t0) / 1e6 / burst,
        burst,
        (drained - t0) / 1e9,
        burst / ((drained - t0) / 1e9));
    assertThat(MailServer.mailsTo(email)).hasSize(burst);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
