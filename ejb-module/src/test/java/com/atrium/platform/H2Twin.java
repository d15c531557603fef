package com.atrium.platform;

import com.atrium.platform.MigrationScript.MigrationRefused;
import com.atrium.platform.MigrationScript.SqlStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private in-memory H2 database in the compatibility mode of one of Atrium's databases, which
 * runs that database's migrations statement by statement. A statement either runs or is refused
 * with its file and line: nothing is skipped. Where H2 lacks an Oracle or PostgreSQL construct the
 * migrations use, {@link #rewrite} replaces it by a narrow, named rewrite (docs/oracle.md lists
 * them); every other statement reaches H2 as written.
 */
final class H2Twin implements AutoCloseable {

  enum Dialect {
    ORACLE("Oracle"),
    POSTGRESQL("PostgreSQL");

    final String mode;

    Dialect(String mode) {
      this.mode = mode;
    }
  }

  private static final Pattern REFERENCES =
      Pattern.compile(
          "(?is)\\breferences\\s+\\w+\\s*\\([^)]*\\)(\\s+deferrable\\s+initially\\s+deferred\\b)?");
  private static final Pattern INDEX =
      Pattern.compile("(?is)^create\\s+(unique\\s+)?index\\s+(\\w+)\\s+on\\s+(\\w+)\\s*\\(");
  private static final Pattern PLAIN_COLUMN = Pattern.compile("(?i)\\w+(\\s+(asc|desc))?");
  private static final Pattern TIMESTAMPTZ = Pattern.compile("(?i)\\btimestamptz\\b");
  private static final Pattern EXTENSION = Pattern.compile("(?is)^create\\s+extension\\b");
  private static final Pattern TRIGRAM_INDEX =
      Pattern.compile(
          "(?is)^create\\s+index\\s+(\\w+)\\s+on\\s+\\w+\\s+using\\s+gin\\s*\\(.*gin_trgm_ops");

  /** Oracle-only rules a lenient H2 would let through; each names what Oracle would say. */
  private static final List<Rule> ORACLE_RULES =
      List.of(
          new Rule(
              "(?i)\\bvarchar2\\s*\\(\\s*\\d+\\s*(byte\\s*)?\\)",
              "a varchar2 length in bytes: a Chinese character takes three of them, so write"
                  + " varchar2(n char) as V1 does"),
          new Rule(
              "(?i)\\bn?varchar\\s*\\(",
              "varchar is PostgreSQL's spelling; Oracle reserves VARCHAR, write varchar2(n char)"),
          new Rule(
              "(?i)\\bnull\\s+default\\b",
              "Oracle wants DEFAULT before NOT NULL (ORA-00907 missing right parenthesis)"),
          new Rule(
              "(?is)^create\\s+(unique\\s+)?index\\b.*\\)\\s*where\\b",
              "Oracle has no partial index; write a function-based one (see V1)"),
          new Rule(
              "(?i)\\balter\\s+table\\s+\\w+\\s+add\\s+column\\b",
              "ADD COLUMN is PostgreSQL; Oracle writes alter table t add (c type)"),
          new Rule(
              "(?i)\\bif\\s+(not\\s+)?exists\\b", "Oracle 19c knows no IF [NOT] EXISTS in DDL"));

  private final Dialect dialect;
  private final Connection connection;
  private final Map<String, String> generatedColumns = new HashMap<>();
  private final Set<String> partialIndexes = new HashSet<>();
  private final Set<String> postgresqlOnlyIndexes = new HashSet<>();
  private int generated;

  H2Twin(Dialect dialect) throws SQLException {
    this.dialect = dialect;
    // an unnamed in-memory database is private to this connection and dies with it
    this.connection = DriverManager.getConnection("jdbc:h2:mem:;MODE=" + dialect.mode);
  }

  /** Runs the scripts in order; the first refused statement stops the run. */
  H2Twin apply(List<MigrationScript> scripts) {
    for (MigrationScript script : scripts) {
      for (SqlStatement statement : script.statements()) {
        for (String sql : rewrite(statement)) {
          try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(sql);
          } catch (SQLException e) {
            throw new MigrationRefused(
                statement.where()
                    + ": H2 in "
                    + dialect.mode
                    + " mode refuses it: "
                    + e.getMessage().lines().findFirst().orElse("")
                    + "\n  "
                    + sql,
                e);
          }
        }
      }
    }
    return this;
  }

  SchemaCatalog catalog() throws SQLException {
    return SchemaCatalog.read(connection, generatedColumns, partialIndexes);
  }

  /** The PostgreSQL trigram indexes left out (upper case): they have no Oracle twin by design. */
  Set<String> postgresqlOnlyIndexes() {
    return Set.copyOf(postgresqlOnlyIndexes);
  }

  Connection connection() {
    return connection;
  }

  /**
   * The statement as H2 can run it, after the Oracle rules H2 would not enforce. Rewrites, each
   * narrow and the same for every script:
   *
   * <ul>
   *   <li>{@code deferrable initially deferred} after a foreign key is dropped: H2 has no deferred
   *       constraints (it checks at once, which is stricter). A foreign key without it is refused:
   *       the ORM does not order inserts across contexts, so both databases check at commit.
   *   <li>An index on an expression (Oracle's function-based index, the lower(name) index) becomes
   *       an index on invisible generated columns of the same expressions: H2 indexes only columns.
   *   <li>PostgreSQL only: a partial index loses its {@code where} (H2 has none; the twin of a
   *       partial index is compared by name, not by columns) and {@code timestamptz} is spelled
   *       {@code timestamp with time zone}.
   *   <li>PostgreSQL only: {@code create extension} is skipped and a trigram GIN index ({@code
   *       using gin (... gin_trgm_ops)}) is left out and remembered: H2 has neither, and Oracle has
   *       no twin of it (docs/oracle.md, member search).
   * </ul>
   */
  private List<String> rewrite(SqlStatement statement) {
    String sql = statement.sql();
    if (dialect == Dialect.ORACLE) {
      for (Rule rule : ORACLE_RULES) {
        if (rule.pattern.matcher(sql).find()) {
          throw new MigrationRefused(statement.where() + ": " + rule.reason + "\n  " + sql);
        }
      }
    } else {
      if (EXTENSION.matcher(sql).find()) {
        return List.of();
      }
      Matcher trigram = TRIGRAM_INDEX.matcher(sql);
      if (trigram.find()) {
        postgresqlOnlyIndexes.add(trigram.group(1).toUpperCase(Locale.ROOT));
        return List.of();
      }
      sql = TIMESTAMPTZ.matcher(sql).replaceAll("timestamp with time zone");
    }
    sql = withoutDeferral(statement, sql);
    Matcher index = INDEX.matcher(sql);
    return index.find() ? indexOnColumns(statement, sql, index) : List.of(sql);
  }

  private static String withoutDeferral(SqlStatement statement, String sql) {
    Matcher m = REFERENCES.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (m.group(1) == null) {
        throw new MigrationRefused(
            statement.where()
                + ": a foreign key that is not deferrable initially deferred; contexts do not map"
                + " each other's entities, so the ORM cannot order inserts and the check must wait"
                + " for the commit\n  "
                + sql);
      }
      String reference = m.group();
      m.appendReplacement(
          out, Matcher.quoteReplacement(reference.substring(0, m.start(1) - m.start())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private List<String> indexOnColumns(SqlStatement statement, String sql, Matcher index) {
    String name = index.group(2).toUpperCase(Locale.ROOT);
    String table = index.group(3);
    int open = index.end() - 1;
    int close = matchingParenthesis(statement, sql, open);
    String tail = sql.substring(close + 1).strip();
    if (dialect == Dialect.POSTGRESQL && tail.regionMatches(true, 0, "where", 0, 5)) {
      partialIndexes.add(name);
      tail = "";
    }
    List<String> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String element : topLevelParts(sql.substring(open + 1, close))) {
      if (PLAIN_COLUMN.matcher(element).matches()) {
        keys.add(element);
        continue;
      }
      String column = "H2_EXPRESSION_" + ++generated;
      out.add(
          "alter table "
              + table
              + " add "
              + column
              + " "
              + typeOf(statement, table, element)
              + " invisible generated always as ("
              + element
              + ")");
      generatedColumns.put(column, element.replaceAll("\\s+", " "));
      keys.add(column);
    }
    if (out.isEmpty() && !partialIndexes.contains(name)) {
      return List.of(sql);
    }
    out.add(
        sql.substring(0, open + 1)
            + String.join(", ", keys)
            + ")"
            + (tail.isEmpty() ? "" : " " + tail));
    return out;
  }

  /** H2's type of the expression over the table's columns, so the generated column keeps it. */
  private String typeOf(SqlStatement statement, String table, String expression) {
    try (Statement jdbc = connection.createStatement();
        var rs = jdbc.executeQuery("select " + expression + " from " + table + " where 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      String type = md.getColumnTypeName(1);
      return switch (type) {
        case "NUMERIC", "DECIMAL" -> "NUMERIC(" + md.getPrecision(1) + ", " + md.getScale(1) + ")";
        case "CHARACTER VARYING", "CHARACTER" -> type + "(" + md.getPrecision(1) + ")";
        default -> type;
      };
    } catch (SQLException e) {
      throw new MigrationRefused(
          statement.where()
              + ": H2 in "
              + dialect.mode
              + " mode refuses the index expression "
              + expression
              + ": "
              + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
  }

  private static int matchingParenthesis(SqlStatement statement, String sql, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new MigrationRefused(statement.where() + ": unbalanced parentheses\n  " + sql);
  }

  private static List<String> topLevelParts(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int from = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(list.substring(from, i).strip());
        from = i + 1;
      }
    }
    parts.add(list.substring(from).strip());
    return parts;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private record Rule(Pattern pattern, String reason) {
    Rule(String regex, String reason) {
      this(Pattern.compile(regex), reason);
    }
  }
}
