package com.atrium.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The picture of the contexts in docs/architecture.md is the code's: this test draws the
 * dependencies ArchUnit finds between the context packages and compares them with the diagram. When
 * a dependency is added or removed, the failure shows the block to paste.
 */
class ArchitectureDiagramTest {

  static final Path DOC = Path.of("../docs/architecture.md");
  static final String BEGIN = "<!-- contexts:begin (ArchitectureDiagramTest) -->";
  static final String END = "<!-- contexts:end -->";

  @Test
  void theDiagramShowsTheDependenciesOfTheCode() throws IOException {
    String doc = Files.readString(DOC);
    int from = doc.indexOf(BEGIN);
    int to = doc.indexOf(END);
    assertThat(from).as("%s in %s", BEGIN, DOC).isNotNegative();
    String drawn = doc.substring(from + BEGIN.length(), to).strip();
    if (Boolean.getBoolean("atrium.docs.write")) {
      Files.writeString(
          DOC,
          doc.substring(0, from + BEGIN.length()) + "\n" + diagram() + "\n" + doc.substring(to));
      return;
    }
    assertThat(drawn)
        .as("the diagram in %s (-Datrium.docs.write=true redraws it)", DOC)
        .isEqualTo(diagram());
  }

  static String diagram() {
    Set<String> edges = new TreeSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.atrium")) {
      String source = contextOf(c.getPackageName());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String target = contextOf(d.getTargetClass().getPackageName());
        if (source != null && target != null && !source.equals(target)) {
          edges.add(source + " --> " + target);
        }
      }
    }
    StringBuilder b = new StringBuilder("```mermaid\nflowchart BT\n");
    // the contexts bottom first, so that the layout keeps the order of docs/architecture.md
    for (String context : Layers.ORDER) {
      b.append("  ").append(context).append('\n');
    }
    edges.forEach(e -> b.append("  ").append(e).append('\n'));
    return b.append("```").toString();
  }

  private static String contextOf(String packageName) {
    if (!packageName.startsWith("com.atrium.")) {
      return null;
    }
    String rest = packageName.substring("com.atrium.".length());
    int dot = rest.indexOf('.');
    String context = dot < 0 ? rest : rest.substring(0, dot);
    return Layers.ORDER.contains(context) ? context : null;
  }
}
