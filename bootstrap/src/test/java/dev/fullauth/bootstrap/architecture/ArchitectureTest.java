package dev.fullauth.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of STYLE.md §3, checked on the production classes of every module. Each rule
 * targets packages that exist ({@code archRule.failOnEmptyShould=true}), so none can pass
 * vacuously.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fullauth");
  }

  @Test
  void layers_formAnOnion() {
    ArchRule rule =
        onionArchitecture()
            .domainModels("dev.fullauth.domain..")
            .applicationServices("dev.fullauth.application..")
            .adapter("rest", "dev.fullauth.adapter.rest..")
            .adapter("persistence", "dev.fullauth.adapter.persistence..")
            .adapter("security", "dev.fullauth.adapter.security..")
            .adapter("mail", "dev.fullauth.adapter.mail..")
            // The domain has entities and value objects but no separate domain services; every
            // other layer is non-empty, which the rules below prove (they fail on empty sets).
            .withOptionalLayers(true)
            // bootstrap is the composition root: it wires every layer, nothing depends on it
            .ignoreDependency(
                JavaClass.Predicates.resideInAPackage("dev.fullauth.bootstrap.."),
                DescribedPredicate.alwaysTrue());
    rule.check(classes);
  }

  @Test
  void nothing_dependsOnTheCompositionRoot() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fullauth.bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fullauth.bootstrap..")
        .check(classes);
  }

  @Test
  void domain_dependsOnlyOnTheJdk() {
    classes()
        .that()
        .resideInAPackage("dev.fullauth.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.fullauth.domain..")
        .check(classes);
  }

  @Test
  void application_knowsNoFrameworkButCdiAndTransactions() {
    classes()
        .that()
        .resideInAPackage("dev.fullauth.application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.fullauth.domain..",
            "dev.fullauth.application..",
            "jakarta.inject..",
            "jakarta.enterprise..",
            "jakarta.transaction..")
        .check(classes);
  }

  @Test
  void inboundAndOutboundPorts_areIndependent() {
    noClasses()
        .that()
        .resideInAPackage("dev.fullauth.application.port.in..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fullauth.application.port.out..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.fullauth.application.port.out..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fullauth.application.port.in..")
        .check(classes);
  }

  @Test
  void adapters_doNotDependOnEachOther() {
    String[] adapters = {"rest", "persistence", "security", "mail"};
    java.util.List<String[]> pairs = new java.util.ArrayList<>();
    for (String from : adapters) {
      for (String to : adapters) {
        if (!from.equals(to)) {
          pairs.add(new String[] {from, to});
        }
      }
    }
    for (String[] pair : pairs) {
      noClasses()
          .that()
          .resideInAPackage("dev.fullauth.adapter." + pair[0] + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.fullauth.adapter." + pair[1] + "..")
          .check(classes);
    }
  }

  @Test
  void jpaEntities_liveOnlyInThePersistenceAdapter() {
    classes()
        .that()
        .areAnnotatedWith("jakarta.persistence.Entity")
        .should()
        .resideInAPackage("dev.fullauth.adapter.persistence..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.fullauth.adapter.persistence..", "dev.fullauth.bootstrap.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.flywaydb..")
        .check(classes);
  }

  @Test
  void jaxRs_livesOnlyInTheRestAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fullauth.adapter.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(classes);
    classes()
        .that()
        .implement("jakarta.ws.rs.ext.ExceptionMapper")
        .should()
        .resideInAPackage("dev.fullauth.adapter.rest.error..")
        .check(classes);
  }

  @Test
  void cryptographyLibraries_liveOnlyInTheSecurityAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fullauth.adapter.security..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.nimbusds..", "org.bouncycastle..")
        .check(classes);
  }

  @Test
  void jakartaMail_livesOnlyInTheMailAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fullauth.adapter.mail..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.mail..")
        .check(classes);
  }

  @Test
  void useCaseImplementations_endInService() {
    classes()
        .that()
        .resideInAPackage("dev.fullauth.application.usecase..")
        .and()
        .areNotInterfaces()
        .and(implementAUseCase())
        .should()
        .haveSimpleNameEndingWith("Service")
        .andShould()
        .beAnnotatedWith("dev.fullauth.application.UseCase")
        .check(classes);
  }

  @Test
  void transactions_areDecidedInTheApplication_neverInTheAdapters() {
    // A service that writes declares its transaction; an adapter neither opens one nor reacts to
    // one failing: a lost race comes back from the store as a domain outcome.
    noClasses()
        .that()
        .resideInAPackage("dev.fullauth.adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.transaction..")
        .check(classes);
  }

  @Test
  void theUseCaseStereotype_opensNoTransaction() {
    classes()
        .that()
        .haveFullyQualifiedName("dev.fullauth.application.UseCase")
        .should()
        .notBeAnnotatedWith("jakarta.transaction.Transactional")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> implementAUseCase() {
    return DescribedPredicate.describe(
        "implement a *UseCase port",
        c -> c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("UseCase")));
  }
}
