package dev.fullauth.bootstrap.system;

import dev.fullauth.bootstrap.system.app.GuardedResource;
import dev.fullauth.bootstrap.system.app.JakartaGuardedResource;
import dev.fullauth.bootstrap.system.app.PasskeyTestPageServlet;
import dev.fullauth.bootstrap.system.app.RecordingObserver;
import dev.fullauth.bootstrap.system.app.SeenEventsServlet;
import dev.fullauth.bootstrap.system.app.ThrowingObserver;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every system test shares: the real WAR this module packaged (plus test
 * observers of FullAuth's CDI events and a guarded application resource), on one Payara Micro,
 * against the local PostgreSQL (schema {@code it_system}, emptied before the deployment so that
 * Flyway builds it from scratch).
 */
@ArquillianSuiteDeployment
public class SystemTestDeployment {
  @Deployment(testable = false)
  public static WebArchive war() throws Exception {
    resetSchema();
    MailServer.start();
    File war = new File(System.getProperty("fullauth.war", "target/fullauth.war"));
    // Plus an application's own CDI observers, as a team deploying FullAuth would add them.
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(
            RecordingObserver.class,
            ThrowingObserver.class,
            SeenEventsServlet.class,
            GuardedResource.class,
            JakartaGuardedResource.class,
            PasskeyTestPageServlet.class)
        .addAsResource("passkey-page/passkey-test.html", "passkey-page/passkey-test.html");
  }

  private static void resetSchema() throws Exception {
    try (Connection c = Db.connect(false);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + Db.SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + Db.SCHEMA);
    }
  }

  /** JDBC access to the database the server under test uses. */
  static final class Db {
    static final String SCHEMA = "it_system";

    private Db() {}

    static Connection connect(boolean inSchema) throws Exception {
      String url = System.getenv("FULLAUTH_DB_URL");
      if (!inSchema) {
        url = url.replaceAll("[?&]currentSchema=[^&]*", "");
      }
      return DriverManager.getConnection(
          url, System.getenv("FULLAUTH_DB_USER"), System.getenv("FULLAUTH_DB_PASSWORD"));
    }
  }
}
