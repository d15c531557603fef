package com.atrium.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only a context's own package touches its tables. ArchUnit sees an entity used across contexts;
 * this test sees what it cannot: SQL and JPQL strings naming another context's table or entity. The
 * owner of a table is the package of the entity mapped to it, or {@link #WITHOUT_ENTITY}.
 */
class TableOwnershipTest {

  static final Path SOURCES = Path.of("src/main/java/com/atrium");
  static final Path MIGRATIONS = Path.of("../sql/postgresql");

  /** Tables no entity maps, by owner. */
  static final Map<String, String> WITHOUT_ENTITY =
      Map.of(
          "app_user_role", "security",
          "request_nonce", "security",
          "campaign_budget", "earning",
          "campaign_charge", "earning");

  /**
   * The reads across contexts still to move behind a service or into a read model, each with the
   * tables it reads: none left (a context's figures for another are its own set-based services).
   * The list may only shrink: an entry no longer needed fails the test too.
   */
  static final Map<String, Set<String>> KNOWN_EXCEPTIONS = Map.of();

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern TABLE_USE =
      Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)(?![-\\w])");
  private static final Pattern ENTITY_USE =
      Pattern.compile("\\b(?:from|join|FROM|JOIN)\\s+([A-Z][A-Za-z0-9]*)\\b");
  private static final Pattern TABLE_ANNOTATION =
      Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");
  private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table ([a-z_0-9]+)");

  static final Map<String, String> tableOwner = new TreeMap<>();
  static final Map<String, String> entityOwner = new TreeMap<>();

  @BeforeAll
  static void readOwners() {
    tableOwner.putAll(WITHOUT_ENTITY);
    for (Path file : javaFiles()) {
      String source = read(file);
      Matcher t = TABLE_ANNOTATION.matcher(source);
      if (source.contains("@Entity") && t.find()) {
        String context = contextOf(file);
        tableOwner.put(t.group(1), context);
        entityOwner.put(file.getFileName().toString().replace(".java", ""), context);
      }
    }
  }

  @Test
  void everyTableOfTheSchemaHasAnOwner() {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      files.forEach(
          f -> CREATE_TABLE.matcher(read(f)).results().forEach(m -> tables.add(m.group(1))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(tableOwner.keySet()).containsAll(tables);
  }

  @Test
  void aContextQueriesOnlyItsOwnTables() {
    Map<String, Set<String>> foreign = new TreeMap<>();
    for (Path file : javaFiles()) {
      String context = contextOf(file);
      if (context.equals("platform")) {
        continue; // migrations and the demo data set write every table, below every context
      }
      StringBuilder strings = new StringBuilder();
      STRING.matcher(read(file)).results().forEach(m -> strings.append(m.group(1)).append(' '));
      Set<String> used = new TreeSet<>();
      TABLE_USE
          .matcher(strings)
          .results()
          .map(m -> m.group(1).toLowerCase())
          .filter(tableOwner::containsKey)
          .filter(table -> !tableOwner.get(table).equals(context))
          .forEach(used::add);
      ENTITY_USE
          .matcher(strings)
          .results()
          .map(m -> m.group(1))
          .filter(entityOwner::containsKey)
          .filter(entity -> !entityOwner.get(entity).equals(context))
          .forEach(used::add);
      if (!used.isEmpty()) {
        foreign.put(SOURCES.relativize(file).toString(), used);
      }
    }
    assertThat(foreign)
        .as("queries naming another context's tables or entities (call its service instead)")
        .isEqualTo(KNOWN_EXCEPTIONS);
  }

  private static String contextOf(Path file) {
    return SOURCES.relativize(file).getName(0).toString();
  }

  private static Iterable<Path> javaFiles() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
