package dev.fullauth.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * The demo frontend ({@code clients/demo} with {@code fullauth-client}, served by the WAR at {@code
 * /demo/}) in a real browser: Debian's chromium driven by Selenium, with a WebAuthn virtual
 * authenticator, through every flow a user sees. Each test's browser sends an {@code
 * X-Forwarded-For} address of its own (the system tests trust that header), so that its rate limits
 * are its own. Screenshots of the main pages go to {@code target/demo-screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class DemoBrowserIT {
  private static final String DEMO = PasskeyFlowIT.ORIGIN + "/demo/";
  private static final Path SCREENSHOTS = Path.of("target", "demo-screenshots");
  private final Http http = Http.forSystemTests();
  private ChromeDriver browser;
  private VirtualAuthenticator authenticator;
  private Chromium chromium;

  @BeforeEach
  void openBrowser() throws Exception {
    chromium = Chromium.open("--window-size=1200,900");
    browser = chromium.driver;
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("X-Forwarded-For", Http.randomAddress())));
    authenticator = chromium.passkeyAuthenticator();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void registerAndPasswordLogin_thenPasskeyAddedUsedAndDeleted_andASessionRevoked()
      throws Exception {
    String email = Accounts.newEmail();
    open("register");
    screenshot("register");
    type("#email", email);
    type("#password", Accounts.PASSWORD);
    click("#register-button");
    awaitProfileOf(email);
    assertThat(text("#profile-verified")).isEqualTo("not verified");

    // A second session of the same account, then revoked from the settings page.
    JsonObject other = Accounts.logIn(http, email, Accounts.PASSWORD);
    String otherToken = other.getString("access_token");
    browser.navigate().refresh();
    awaitProfileOf(email);
    await(d -> rows("#session-list").size() == 2);
    WebElement otherRow =
        rows("#session-list").stream()
            .filter(r -> r.findElements(By.cssSelector("button")).size() == 1)
            .findFirst()
            .orElseThrow();
    otherRow.findElement(By.cssSelector("button")).click();
    await(d -> rows("#session-list").size() == 1);
    assertThat(text("#session-list")).contains("this session");
    assertThat(http.get(Http.AUTH + "/me", otherToken).status()).isEqualTo(401);

    type("#device-name", "Chromium virtual authenticator");
    click("#add-passkey");
    await(d -> text("#passkey-list").contains("Chromium virtual authenticator"));
    assertThat(text("#passkey-list")).contains("internal").contains("never");
    assertThat(authenticator.getCredentials()).hasSize(1);
    screenshot("settings");

    // Log out, then log in with the passkey from the button (no e-mail: discoverable credential).
    // The virtual authenticator answers the login page's autofill request at once, as a user
    // picking the passkey from the autofill would; without user presence that request waits.
    userPresence(false);
    click("#logout");
    await(d -> d.getCurrentUrl().endsWith("/demo/?bye=1"));
    Thread.sleep(1000);
    assertThat(browser.getCurrentUrl()).endsWith("/demo/?bye=1");
    screenshot("login");
    userPresence(true);
    click("#passkey-button");
    awaitProfileOf(email);
    await(d -> rows("#passkey-list").size() == 1);
    assertThat(text("#passkey-list")).doesNotContain("never");

    // And from the e-mail field's autofill (conditional UI), with no click on any button.
    Object before = storedTokens();
    click("#logout");
    await(
        d -> {
          // One read: the page may clear and store the tokens between two.
          Object now = storedTokens();
          return now != null && !now.equals(before);
        });
    awaitProfileOf(email);

    // Delete it, after confirming in the dialog.
    await(d -> rows("#passkey-list").size() == 1);
    rows("#passkey-list").get(0).findElement(By.cssSelector("button")).click();
    await(d -> browser.findElement(By.id("confirm")).isDisplayed());
    screenshot("confirm-delete");
    click("#confirm-yes");
    await(d -> rows("#passkey-list").isEmpty());
    assertThat(browser.findElement(By.id("no-passkeys")).isDisplayed()).isTrue();
  }

  @Test
  void verificationMail_linkOpensTheVerifyPage_whichVerifiesTheAddress() throws Exception {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    logInWithPassword(email, Accounts.PASSWORD);
    click("#send-verification");
    await(d -> text("#status").contains("verification"));
    String token = MailServer.token(MailServer.text(MailServer.awaitMail(email, 1, patience())));

    open("verify?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    await(d -> text("#status").equals("Email verified."));
    assertThat(browser.getCurrentUrl()).doesNotContain("token");
    screenshot("verify");
    open("settings");
    awaitProfileOf(email);
    assertThat(text("#profile-verified")).isEqualTo("verified");
  }

  @Test
  void passwordResetMail_linkOpensTheResetPage_andTheNewPasswordLogsIn() throws Exception {
    String email = Accounts.newEmail();
    Accounts.registerAndLogIn(http, email);
    open("reset-password");
    type("#email", email);
    click("#request-form button");
    await(d -> text("#status").startsWith("If the email exists"));
    String token = MailServer.token(MailServer.text(MailServer.awaitMail(email, 1, patience())));

    open("reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    assertThat(browser.getCurrentUrl()).doesNotContain("token");
    type("#new-password", "a brand new passphrase");
    click("#reset-form button");
    await(d -> text("#status").startsWith("Password has been reset."));
    logInWithPassword(email, "a brand new passphrase");
  }

  @Test
  void providerButton_logsInThroughTheOpenIdProvider_andTheCallbackPageCleansTheAddress() {
    String email = Accounts.newEmail();
    OAuthPeers.oidc()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                "corp",
                "demo-" + email,
                "JWT",
                List.of("fullauth-it"),
                Map.of("email", email, "email_verified", true),
                3600));
    open("");
    await(d -> !d.findElements(By.cssSelector("[data-provider=corp]")).isEmpty());
    click("[data-provider=corp]");
    awaitProfileOf(email);
    assertThat(browser.getCurrentUrl()).endsWith("/demo/settings");
    assertThat(text("#profile-verified")).isEqualTo("verified");
  }

  @Test
  void demoAnswersWithItsContentSecurityPolicy_andUnknownFilesAreJson404() {
    Http.Reply page = http.get("/demo/settings", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(page.header("Referrer-Policy")).contains("no-referrer");
    assertThat(http.get("/demo/fullauth-client/index.js", null).header("Content-Type").orElse(""))
        .startsWith("text/javascript");
    Http.Reply missing = http.get("/demo/nothing-here.js", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.detail()).isEqualTo("Not Found");
    assertThat(http.get("/demo/..%2FWEB-INF/web.xml", null).status()).isIn(400, 404);
    assertThat(http.get("/WEB-INF/demo/index.html", null).status()).isEqualTo(404);
  }

  /** The tokens the demo keeps in sessionStorage (null when logged out). */
  private Object storedTokens() {
    return browser.executeScript("return sessionStorage.getItem('fullauth.tokens');");
  }

  /** Whether the authenticator confirms user presence by itself (CDP WebAuthn domain). */
  private void userPresence(boolean automatic) {
    browser.executeCdpCommand(
        "WebAuthn.setAutomaticPresenceSimulation",
        Map.of("authenticatorId", authenticator.getId(), "enabled", automatic));
  }

  private void logInWithPassword(String email, String password) {
    open("");
    type("#email", email);
    type("#password", password);
    click("#login-button");
    awaitProfileOf(email);
  }

  private void open(String page) {
    browser.get(DEMO + page);
  }

  private void awaitProfileOf(String email) {
    await(
        d -> d.getCurrentUrl().contains("/demo/settings") && text("#profile-email").equals(email));
  }

  private void type(String selector, String value) {
    WebElement input = browser.findElement(By.cssSelector(selector));
    input.clear();
    input.sendKeys(value);
  }

  private void click(String selector) {
    await(d -> d.findElement(By.cssSelector(selector)).isEnabled());
    browser.findElement(By.cssSelector(selector)).click();
  }

  private String text(String selector) {
    List<WebElement> found = browser.findElements(By.cssSelector(selector));
    return found.isEmpty() ? "" : found.get(0).getText().strip();
  }

  private List<WebElement> rows(String tbody) {
    return browser.findElements(By.cssSelector(tbody + " tr"));
  }

  private void await(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, patience())
        .withMessage(() -> "page " + browser.getCurrentUrl() + " status: " + text("#status"))
        .until(condition::apply);
  }

  private static Duration patience() {
    return Duration.ofSeconds(10);
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SCREENSHOTS.resolve("demo-" + name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
