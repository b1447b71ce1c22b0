package dev.fullauth.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * Passkeys in a real browser: Debian's chromium driven by Selenium, with a WebAuthn virtual
 * authenticator (CTAP2, internal, resident keys, user verification), on a page the application
 * serves at {@code http://localhost:<port>}. The page's JavaScript is the README's frontend code.
 */
@ExtendWith(ArquillianExtension.class)
class PasskeyBrowserIT {
  private final Http http = Http.forSystemTests();
  private ChromeDriver browser;
  private VirtualAuthenticator authenticator;
  private Chromium chromium;

  @BeforeEach
  void openBrowser() throws Exception {
    chromium = Chromium.open();
    browser = chromium.driver;
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    authenticator = chromium.passkeyAuthenticator();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Runs {@code fa.<call>} on the page and returns what its promise resolved to. */
  private Object page(String call, Object... args) {
    Object result =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "Promise.resolve().then(() => fa."
                    + call
                    + ").then(done, e => done('ERROR ' + e.name + ': ' + e.message));",
                args);
    assertThat(String.valueOf(result)).doesNotStartWith("ERROR");
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> reply(Object result) {
    return (Map<String, Object>) result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Object result) {
    return (Map<String, Object>) reply(result).get("body");
  }

  @Test
  void registerAfterPasswordLogin_thenModalAndConditionalLogin_thenListAndDelete() {
    String email = Accounts.newEmail();
    String userId = Accounts.registerAndLogIn(http, email).getJsonObject("user").getString("id");
    String origin = PasskeyFlowIT.ORIGIN;
    browser.get(origin + "/passkey-test.html");

    assertThat(page("login(arguments[0], arguments[1])", email, Accounts.PASSWORD)).isEqualTo(200L);
    Object registered = page("registerPasskey('Chromium virtual authenticator')");
    assertThat(reply(registered).get("status")).as(String.valueOf(registered)).isEqualTo(201L);
    assertThat(body(registered).get("transports")).isEqualTo(List.of("internal"));
    assertThat(authenticator.getCredentials()).hasSize(1);
    assertThat(authenticator.getCredentials().get(0).isResidentCredential()).isTrue();

    // Passwordless, no e-mail: the discoverable credential answers an empty allow list.
    browser.navigate().refresh();
    Object modal = page("loginWithPasskey(null)");
    assertThat(reply(modal).get("status")).as(String.valueOf(modal)).isEqualTo(200L);
    assertThat(((Map<?, ?>) body(modal).get("user")).get("id")).isEqualTo(userId);

    // Conditional UI: the request waits on the autocomplete="username webauthn" input.
    browser.navigate().refresh();
    assertThat(page("conditionalAvailable()")).isEqualTo(true);
    ((JavascriptExecutor) browser)
        .executeScript(
            "window.conditional = fa.loginWithPasskey(null, 'conditional')"
                + ".then(r => r, e => ({status: 'ERROR ' + e.name + ': ' + e.message}));");
    browser.findElement(By.id("email")).click();
    Object conditional =
        ((JavascriptExecutor) browser)
            .executeAsyncScript("window.conditional.then(arguments[arguments.length - 1]);");
    assertThat(reply(conditional).get("status")).as(String.valueOf(conditional)).isEqualTo(200L);
    assertThat(((Map<?, ?>) body(conditional).get("user")).get("email")).isEqualTo(email);

    Object listed = page("list()");
    List<?> passkeys = (List<?>) reply(listed).get("body");
    assertThat(passkeys).hasSize(1);
    Map<?, ?> passkey = (Map<?, ?>) passkeys.get(0);
    assertThat(passkey.get("device_name")).isEqualTo("Chromium virtual authenticator");
    assertThat(passkey.get("last_used_at")).isNotNull();

    assertThat(reply(page("remove(arguments[0])", passkey.get("id"))).get("status"))
        .isEqualTo(204L);
    assertThat((List<?>) reply(page("list()")).get("body")).isEmpty();
    // The authenticator still holds the credential, but the server no longer knows it.
    browser.navigate().refresh();
    Object refused = page("loginWithPasskey(null)");
    assertThat(reply(refused).get("status")).isEqualTo(401L);
  }
}
