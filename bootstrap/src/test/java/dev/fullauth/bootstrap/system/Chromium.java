package dev.fullauth.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Debian's chromium driven by its own chromedriver (never a downloaded browser or driver),
 * headless, with a fresh profile and no background traffic, plus a platform passkey authenticator.
 * Where the suite requires the browser ({@code fullauth.it.require.browser}) a missing one fails
 * the test instead of skipping it.
 */
final class Chromium implements AutoCloseable {
  private static final String BINARY = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * @param extraArguments chromium arguments besides the fixed set, e.g. a window size
   */
  static Chromium open(String... extraArguments) throws IOException {
    boolean installed = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
    if (Boolean.getBoolean("fullauth.it.require.browser")) {
      assertThat(installed).as("chromium and chromium-driver must be installed").isTrue();
    }
    assumeTrue(installed, "chromium and chromium-driver are not installed");
    Path profile = Files.createTempDirectory("fullauth-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
    arguments.addAll(List.of(extraArguments));
    options.addArguments(arguments);
    // The system driver, never a downloaded one (Selenium Manager is not consulted with a path).
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  /**
   * @return a CTAP2 platform authenticator with resident keys and user verification, consenting
   */
  VirtualAuthenticator passkeyAuthenticator() {
    return ((HasVirtualAuthenticator) driver)
        .addVirtualAuthenticator(
            new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
