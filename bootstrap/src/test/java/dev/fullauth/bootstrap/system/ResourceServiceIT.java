package dev.fullauth.bootstrap.system;

import static dev.fullauth.bootstrap.system.Http.AUTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import dev.fullauth.bootstrap.system.resource.ArticlesResource;
import dev.fullauth.bootstrap.system.resource.ResourceServiceApp;
import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens trusted elsewhere: a separate, minimal MicroProfile JWT service on its own Payara Micro,
 * configured only with FullAuth's JWKS URL and issuer, accepts FullAuth tokens and enforces
 * {@code @RolesAllowed} from {@code groups} — also after a key rotation — and refuses tokens of
 * another issuer or of a key FullAuth does not publish.
 */
@ExtendWith(ArquillianExtension.class)
class ResourceServiceIT {
  private static final int PORT = Integer.getInteger("fullauth.resource.port", 28380);
  private static Process service;
  private final Http http = Http.forSystemTests();
  private final Http resource = new Http("http://127.0.0.1:" + PORT);

  @BeforeAll
  static void startResourceService() throws Exception {
    String issuerPort = System.getProperty("fullauth.it.port", "28080");
    String config =
        "mp.jwt.verify.publickey.location=http://127.0.0.1:"
            + issuerPort
            + "/api/v1/auth/.well-known/jwks.json\n"
            + "mp.jwt.verify.issuer=http://fullauth.test\n"
            + "mp.jwt.verify.publickey.algorithm=ES256\n";
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "resource.war")
            .addClasses(ResourceServiceApp.class, ArticlesResource.class)
            .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "resource-service-");
    File warFile = dir.resolve("resource.war").toFile();
    war.as(ZipExporter.class).exportTo(warFile, true);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            warFile.getPath(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(PORT),
            "--nohazelcast",
            "--prebootcommandfile",
            new File(
                    System.getProperty("fullauth.project.root"),
                    "bootstrap/src/main/payara/preboot-loopback.txt")
                .getPath());
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("resource-service.log").toFile());
    service = builder.start();
    Http probe = new Http("http://127.0.0.1:" + PORT);
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(service.isAlive()).as("resource service died, see " + dir).isTrue();
      try {
        if (probe.get("/articles", null).status() == 401) {
          return;
        }
      } catch (RuntimeException notYetListening) {
        // starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("resource service not ready, see " + dir);
  }

  @AfterAll
  static void stopResourceService() throws InterruptedException {
    if (service != null) {
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  private JsonObject editor() {
    String email = Accounts.newEmail();
    String id = Accounts.registerAndLogIn(http, email).getJsonObject("user").getString("id");
    String admin =
        Accounts.logIn(http, "admin@fullauth.test", "admin-password-for-tests")
            .getString("access_token");
    assertThat(
            http.post(
                    AUTH + "/admin/assign-role",
                    "{\"user_id\":\"" + id + "\",\"role\":\"editor\"}",
                    admin)
                .status())
        .isEqualTo(200);
    return Accounts.logIn(http, email, Accounts.PASSWORD);
  }

  /**
   * One story, because the service caches FullAuth's key set after its first use (Payara: {@code
   * publicKey.cache.ttl}, 5 minutes): a token of the old key and one of the new key are both
   * presented after the rotation, and the service first sees FullAuth's keys then.
   */
  @Test
  void fullAuthTokens_areTrusted_acrossAKeyRotation_andOthersAreRefused() throws Exception {
    JsonObject editor = editor();
    String beforeRotation = editor.getString("access_token");
    String admin =
        Accounts.logIn(http, "admin@fullauth.test", "admin-password-for-tests")
            .getString("access_token");
    String newKid = http.post(AUTH + "/admin/keys/rotate", null, admin).json().getString("kid");
    String afterRotation =
        Accounts.logIn(http, editor.getJsonObject("user").getString("email"), Accounts.PASSWORD)
            .getString("access_token");
    assertThat(SignedJWT.parse(afterRotation).getHeader().getKeyID()).isEqualTo(newKid);
    assertThat(SignedJWT.parse(beforeRotation).getHeader().getKeyID()).isNotEqualTo(newKid);

    for (String token : List.of(beforeRotation, afterRotation)) {
      Http.Reply ok = resource.get("/articles", token);
      assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
      assertThat(ok.body()).isEqualTo("editor " + editor.getJsonObject("user").getString("email"));
    }

    String plain = Accounts.registerAndLogIn(http, Accounts.newEmail()).getString("access_token");
    assertThat(resource.get("/articles", plain).status()).as("no editor role").isEqualTo(403);
    assertThat(resource.get("/articles", null).status()).isEqualTo(401);

    TokenForge forge = TokenForge.fromServerDatabase();
    assertThat(
            resource
                .get("/articles", forge.resign(afterRotation, b -> b.issuer("http://evil.test")))
                .status())
        .as("another issuer")
        .isEqualTo(401);
    ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("stranger").generate();
    SignedJWT foreign =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(stranger.getKeyID()).build(),
            SignedJWT.parse(afterRotation).getJWTClaimsSet());
    foreign.sign(new ECDSASigner(stranger));
    assertThat(resource.get("/articles", foreign.serialize()).status())
        .as("a key FullAuth never published")
        .isEqualTo(401);

    refreshVerifyAndResetTokens_areRefused();
  }

  /**
   * Only access tokens open doors downstream: a refresh token and the tokens of a verification and
   * a reset link are signed by the same published key, yet the resource service refuses each.
   */
  private void refreshVerifyAndResetTokens_areRefused() throws Exception {
    MailServer.start();
    JsonObject editor = editor();
    String email = editor.getJsonObject("user").getString("email");
    String access = editor.getString("access_token");
    assertThat(http.post(AUTH + "/verify-email/request", null, access).status()).isEqualTo(202);
    String verify =
        MailServer.token(MailServer.text(MailServer.awaitMail(email, 1, Duration.ofSeconds(20))));
    assertThat(
            http.post(AUTH + "/password-reset/request", "{\"email\":\"" + email + "\"}").status())
        .isEqualTo(202);
    String reset =
        MailServer.token(MailServer.text(MailServer.awaitMail(email, 2, Duration.ofSeconds(20))));

    Http.Reply ok = resource.get("/articles", access);
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    for (var token :
        Map.of("refresh", editor.getString("refresh_token"), "verify", verify, "reset", reset)
            .entrySet()) {
      assertThat(SignedJWT.parse(token.getValue()).getHeader().getKeyID())
          .as("signed by a published key")
          .isEqualTo(SignedJWT.parse(access).getHeader().getKeyID());
      assertThat(resource.get("/articles", token.getValue()).status())
          .as(token.getKey() + " token")
          .isEqualTo(401);
    }
  }
}
