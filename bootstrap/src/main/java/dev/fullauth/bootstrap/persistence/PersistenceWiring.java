package dev.fullauth.bootstrap.persistence;

import dev.fullauth.adapter.persistence.mail.JpaMailOutbox;
import dev.fullauth.adapter.persistence.oauth.JpaOAuthAccountRepository;
import dev.fullauth.adapter.persistence.passkey.JpaPasskeyRepository;
import dev.fullauth.adapter.persistence.role.JpaRoleRepository;
import dev.fullauth.adapter.persistence.session.JpaSessionStore;
import dev.fullauth.adapter.persistence.user.JpaUserRepository;
import dev.fullauth.application.port.out.MailOutbox;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.RoleRepository;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Binds the persistence ports to their JPA adapters. The container-managed entity manager is a
 * thread-safe proxy that joins the current JTA transaction, so one adapter instance serves all
 * requests.
 */
@ApplicationScoped
public class PersistenceWiring {
  @PersistenceContext(unitName = "fullauth")
  EntityManager em;

  @Inject Clock clock;

  @Produces
  @ApplicationScoped
  UserRepository userRepository() {
    return new JpaUserRepository(em);
  }

  @Produces
  @ApplicationScoped
  SessionStore sessionStore() {
    return new JpaSessionStore(em, clock);
  }

  @Produces
  @ApplicationScoped
  RoleRepository roleRepository() {
    return new JpaRoleRepository(em);
  }

  @Produces
  @ApplicationScoped
  MailOutbox mailOutbox() {
    return new JpaMailOutbox(em);
  }

  @Produces
  @ApplicationScoped
  OAuthAccountRepository oauthAccountRepository() {
    return new JpaOAuthAccountRepository(em);
  }

  @Produces
  @ApplicationScoped
  PasskeyRepository passkeyRepository() {
    return new JpaPasskeyRepository(em);
  }
}
