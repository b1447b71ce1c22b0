package dev.fullauth.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.usecase.account.LogInWithPasswordService;
import dev.fullauth.application.usecase.account.LoginRecorder;
import dev.fullauth.application.usecase.mail.DeliverMailService;
import dev.fullauth.application.usecase.mail.OutboxLedger;
import dev.fullauth.application.usecase.oauth.CompleteOAuthLoginService;
import dev.fullauth.application.usecase.oauth.OAuthAccountLinker;
import dev.fullauth.application.usecase.oauth.StartOAuthLoginService;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where transactions begin: exactly the use cases that write declare one, and nothing that waits
 * for the network, a hash or a cache runs inside one. Every use case on the class path must be
 * classified here, so a new one is a conscious decision.
 */
class TransactionBoundariesTest {
  /**
   * The use cases whose single method writes to the database, in one transaction, the start-up read
   * that keeps one (see its Javadoc), and the reads that run more than a lookup: outside a
   * transaction the container hands each query an entity manager of its own and closes it after the
   * query, which under concurrency closed the one a second query of the same request was using
   * (seen as "Session/EntityManager is closed"); a read-only transaction gives the request one.
   */
  private static final Set<String> WRITERS =
      Set.of(
          "AuthenticateService",
          "BeginPasskeyAuthenticationService",
          "BeginPasskeyRegistrationService",
          "CheckPermissionService",
          "CheckRoleService",
          "ListOAuthAccountsService",
          "ListPasskeysService",
          "ListRolePermissionsService",
          "ListSessionsService",
          "ListUserRolesService",
          "AssignPermissionService",
          "AssignRoleService",
          "ChangePasswordService",
          "CompletePasskeyAuthenticationService",
          "CompletePasskeyRegistrationService",
          "ConfirmEmailService",
          "DeleteAccountService",
          "DeletePasskeyService",
          "EnsureBootstrapAdminService",
          "LogOutService",
          "PurgeRetiredRowsService",
          "RefreshSessionService",
          "RegisterUserService",
          "RemovePermissionService",
          "RemoveRoleService",
          "RequestEmailVerificationService",
          "RequestPasswordResetService",
          "ResetPasswordService",
          "RestoreRevocationsService",
          "RevokeOtherSessionsService",
          "RevokeSessionService",
          "UnlinkOAuthAccountService",
          "UpdateProfileService");

  /** Reads, checks and caches, and the flows that write only through a transactional helper. */
  private static final Set<String> WITHOUT_TRANSACTION =
      Set.of(
          "CheckGlobalRateLimitService",
          "CheckRateLimitService",
          "CompleteOAuthLoginService",
          "DeliverMailService",
          "ListOAuthProvidersService",
          "LogInWithPasswordService",
          "PublishSigningKeysService",
          "RotateSigningKeyService",
          "StartOAuthLoginService");

  @Test
  void theStereotype_decidesNoTransaction() {
    assertThat(UseCase.class.isAnnotationPresent(Transactional.class)).isFalse();
  }

  @Test
  void everyUseCase_isClassified_andOnlyDatabaseWorkIsTransactional() throws Exception {
    Set<String> transactional = new TreeSet<>();
    Set<String> plain = new TreeSet<>();
    for (Class<?> type : useCases()) {
      (transactional(type) ? transactional : plain).add(type.getSimpleName());
    }
    assertThat(transactional).containsExactlyInAnyOrderElementsOf(WRITERS);
    assertThat(plain).containsExactlyInAnyOrderElementsOf(WITHOUT_TRANSACTION);
  }

  @Test
  void networkCallsAndPasswordChecks_runBeforeTheTransactionOfTheirHelper() {
    for (Class<?> flow :
        Set.of(
            CompleteOAuthLoginService.class,
            StartOAuthLoginService.class,
            DeliverMailService.class,
            LogInWithPasswordService.class)) {
      assertThat(transactional(flow)).as(flow.getSimpleName()).isFalse();
    }
    assertThat(transactionalMethods(OAuthAccountLinker.class)).containsExactly("link");
    assertThat(transactionalMethods(OutboxLedger.class)).containsExactly("claim", "due", "record");
    assertThat(transactionalMethods(LoginRecorder.class)).containsExactly("record");
  }

  private static boolean transactional(Class<?> type) {
    return type.isAnnotationPresent(Transactional.class) || !transactionalMethods(type).isEmpty();
  }

  private static Set<String> transactionalMethods(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Transactional.class)) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static Set<Class<?>> useCases() throws IOException, URISyntaxException {
    Path root = Path.of(UseCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> found = new HashSet<>();
    try (Stream<Path> files = Files.walk(root.resolve("dev/fullauth/application/usecase"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type = load(name.substring(0, name.length() - ".class".length()));
        if (type.isAnnotationPresent(UseCase.class) && !Modifier.isAbstract(type.getModifiers())) {
          found.add(type);
        }
      }
    }
    assertThat(found).as("use cases found on the class path").hasSizeGreaterThan(40);
    return found;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, TransactionBoundariesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
