package com.atrium.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.api.AtriumApi;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web adapters translate: transfer object in, service call, transfer object out. They never query
 * the database themselves, and they take the views the services return, never an entity.
 */
class AdapterRulesTest {

  static final String[] ADAPTERS = {
    "com.atrium.api..", "com.atrium.portal..", "com.atrium.web..", "com.atrium.soap.."
  };

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.atrium");
  }

  @Test
  void adaptersNeverQueryTheDatabase() {
    noClasses()
        .that()
        .resideInAnyPackage(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
        .because("a web adapter calls a service; the service owns its context's tables")
        .check(classes);
  }

  @Test
  void resourcesAreValidatedAsCdiBeans() {
    // Jersey's own validation is off (AtriumApi): Bean Validation's CDI interceptor is the one
    // check of a request body, and it sees only CDI beans
    assertThat(new AtriumApi().getProperties())
        .containsEntry("jersey.config.beanValidation.disable.server", true);
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(ApplicationScoped.class)
        .orShould()
        .beAnnotatedWith(RequestScoped.class)
        .because("a resource that is no CDI bean would take its parameters unvalidated")
        .check(classes);
  }

  @Test
  void adaptersTakeViewsNeverEntities() {
    Map<String, Set<String>> used = new TreeMap<>();
    for (JavaClass c : classes) {
      if (!isAdapter(c)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (target.isAnnotatedWith(Entity.class)) {
          used.computeIfAbsent(topLevel(c).getSimpleName(), k -> new TreeSet<>())
              .add(target.getSimpleName());
        }
      }
    }
    assertThat(used)
        .as("adapters and the entities they use (a service should return a view record)")
        .isEmpty();
  }

  private static boolean isAdapter(JavaClass c) {
    String p = c.getPackageName();
    return p.startsWith("com.atrium.api")
        || p.startsWith("com.atrium.portal")
        || p.startsWith("com.atrium.web")
        || p.startsWith("com.atrium.soap");
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }
}
