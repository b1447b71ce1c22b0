package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The anchor's hooks as CDI events (CONTRACT.md §4): an application's observers see them after
 * commit, and one that throws changes no answer.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {
  private final Http http = Http.forSystemTests();

  private String seen() {
    return http.get("/_test/events", null).body();
  }

  @Test
  void observers_seeTheAccountsEvents_andAThrowingOneChangesNothing() throws Exception {
    String email = Accounts.newEmail();
    // ThrowingObserver fails on UserRegistered: registration still answers 202 and the account
    // exists.
    JsonObject login = Accounts.registerAndLogIn(http, email);
    String access = login.getString("access_token");
    assertThat(http.post(AUTH + "/logout", null, access).status()).isEqualTo(204);
    String access2 = Accounts.logIn(http, email, Accounts.PASSWORD).getString("access_token");
    assertThat(http.post(AUTH + "/verify-email/request", null, access2).status()).isEqualTo(202);
    String token =
        MailServer.token(MailServer.text(MailServer.awaitMail(email, 1, Duration.ofSeconds(20))));
    assertThat(http.post(AUTH + "/verify-email/confirm", "{\"token\":\"" + token + "\"}").status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    AUTH + "/change-password",
                    "{\"current_password\":\""
                        + Accounts.PASSWORD
                        + "\",\"new_password\":\"another secret\"}",
                    access2)
                .status())
        .isEqualTo(200);

    String seen = seen();
    String id = login.getJsonObject("user").getString("id");
    assertThat(seen)
        .contains("UserRegistered[user=User[id=" + id)
        .contains("UserLoggedIn[user=User[id=" + id)
        .contains("UserLoggedOut UserLoggedOut[userId=" + id)
        .contains(
            "VerificationMailRequested VerificationMailRequested[email="
                + email
                + ", token=redacted]")
        .contains("EmailVerified[user=User[id=" + id)
        .contains("PasswordChanged[user=User[id=" + id)
        .doesNotContain(token);
  }
}
