package com.atrium.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContextDependenciesTest {

  static JavaClasses domain;

  @BeforeAll
  static void importDomain() {
    domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.atrium");
  }

  @Test
  void everyContextHasItsPlaceInTheOrder() {
    Set<String> contexts = new TreeSet<>();
    domain.forEach(
        c -> {
          String rest = c.getPackageName().substring("com.atrium".length());
          if (rest.startsWith(".")) {
            contexts.add(rest.substring(1).split("\\.")[0]);
          }
        });
    assertThat(Layers.ORDER).as("docs/architecture.md: place a new context").containsAll(contexts);
  }

  @Test
  void contextsFormNoCycle() {
    slices().matching("com.atrium.(*)..").should().beFreeOfCycles().check(domain);
  }

  @Test
  void eachContextDependsOnlyOnTheContextsBelowIt() {
    List<String> order = Layers.ORDER;
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < order.size() - 1; i++) {
      List<String> above = order.subList(i + 1, order.size());
      rules.add(
          noClasses()
              .that()
              .resideInAPackage("com.atrium." + order.get(i) + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(
                  above.stream().map(c -> "com.atrium." + c + "..").toArray(String[]::new))
              .because(order.get(i) + " sits below " + above + " (docs/architecture.md)"));
    }
    CompositeArchRule.of(rules).check(domain);
  }

  @Test
  void anEntityIsUsedOnlyInsideItsContext() {
    List<ArchRule> rules = new ArrayList<>();
    for (String context : Layers.ORDER) {
      rules.add(
          classes()
              .that()
              .areAnnotatedWith(Entity.class)
              .and()
              .resideInAPackage("com.atrium." + context + "..")
              .should()
              .onlyHaveDependentClassesThat()
              .resideInAPackage("com.atrium." + context + "..")
              .allowEmptyShould(true)
              .because("other contexts get a view (a record) from the context's service"));
    }
    CompositeArchRule.of(rules).check(domain);
  }
}
