package dev.fullauth.bootstrap.account;

import dev.fullauth.application.port.in.account.EnsureBootstrapAdminUseCase;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first superuser at start when {@code FULLAUTH_BOOTSTRAP_ADMIN_EMAIL} and {@code
 * FULLAUTH_BOOTSTRAP_ADMIN_PASSWORD} are set and no account has the address. The password is never
 * logged; a password that breaks the policy aborts the start.
 */
@ApplicationScoped
public class BootstrapAdmin {
  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

  @Inject
  @ConfigProperty(name = "fullauth.bootstrap.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "fullauth.bootstrap.admin.password")
  Optional<String> password;

  @Inject EnsureBootstrapAdminUseCase ensure;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    Optional<String> address = email.filter(e -> !e.isBlank());
    if (address.isEmpty()) {
      return;
    }
    String secret =
        password
            .filter(p -> !p.isEmpty())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "FULLAUTH_BOOTSTRAP_ADMIN_EMAIL needs FULLAUTH_BOOTSTRAP_ADMIN_PASSWORD"));
    if (ensure.ensure(EmailAddress.of(address.get()), new PlainPassword(secret))) {
      LOG.info(
          "bootstrap superuser created: "
              + address.get().strip().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
