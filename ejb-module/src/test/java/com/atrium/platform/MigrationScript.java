package com.atrium.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A versioned migration file as Flyway finds it ({@code V<version>__<description>.sql}) and its
 * statements. A folder is read whole, so a migration added later is checked without a test
 * changing; a file Flyway would skip or misread is refused rather than passed over.
 */
record MigrationScript(String fileName, String text) {

  private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__\\w+\\.sql");
  private static final Pattern PLSQL =
      Pattern.compile(
          "(?is)^(begin|declare|/|create\\s+(or\\s+replace\\s+)?(editionable\\s+|noneditionable\\s+)?"
              + "(trigger|procedure|function|package|type)\\b).*");

  /** The migrations of a folder in the order Flyway applies them. */
  static List<MigrationScript> folder(Path dir) throws IOException {
    List<MigrationScript> scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (!NAME.matcher(name).matches()) {
          throw new MigrationRefused(
              dir
                  + ": "
                  + name
                  + " is not named V<version>__<description>.sql, so Flyway would not apply it"
                  + " as a versioned migration");
        }
        scripts.add(new MigrationScript(name, Files.readString(file)));
      }
    }
    scripts.sort(Comparator.comparing(MigrationScript::version));
    return scripts;
  }

  MigrationVersion version() {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      throw new MigrationRefused(fileName + " is not named V<version>__<description>.sql");
    }
    return MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
  }

  /**
   * The statements, cut at semicolons outside quotes and comments; comments become blanks so that
   * the rules never match inside them. PL/SQL (a block, a trigger, a procedure) is refused by name:
   * its semicolons do not end statements, and H2 cannot run it, so it would not be exercised.
   */
  List<SqlStatement> statements() {
    List<SqlStatement> out = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    int line = 1;
    int start = -1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : '\0';
      if (c == '-' && next == '-') {
        while (i + 1 < n && text.charAt(i + 1) != '\n') {
          i++;
        }
        sql.append(' ');
      } else if (c == '/' && next == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          throw new MigrationRefused(fileName + " line " + line + ": a comment is never closed");
        }
        for (int k = i; k < end + 2; k++) {
          if (text.charAt(k) == '\n') {
            line++;
            sql.append('\n');
          }
        }
        sql.append(' ');
        i = end + 1;
      } else if (c == '\'' || c == '"') {
        if (start < 0) {
          start = line;
        }
        int k = i + 1;
        while (true) {
          if (k >= n) {
            throw new MigrationRefused(fileName + " line " + line + ": a quote is never closed");
          }
          if (text.charAt(k) == c) {
            if (k + 1 < n && text.charAt(k + 1) == c) {
              k += 2;
              continue;
            }
            break;
          }
          k++;
        }
        String quoted = text.substring(i, k + 1);
        line += (int) quoted.chars().filter(ch -> ch == '\n').count();
        sql.append(quoted);
        i = k;
      } else if (c == ';') {
        add(out, sql, start);
        start = -1;
      } else {
        if (c == '\n') {
          line++;
        } else if (!Character.isWhitespace(c) && start < 0) {
          start = line;
        }
        sql.append(c);
      }
    }
    add(out, sql, start);
    return out;
  }

  private void add(List<SqlStatement> out, StringBuilder sql, int line) {
    String statement = sql.toString().strip();
    sql.setLength(0);
    if (statement.isEmpty()) {
      return;
    }
    if (PLSQL.matcher(statement).matches()) {
      throw new MigrationRefused(
          fileName
              + " line "
              + line
              + ": PL/SQL ("
              + statement.split("\\s+")[0].toLowerCase(Locale.ROOT)
              + " ...) is not exercised by the H2 check; keep migrations to plain DDL and DML, or"
              + " give the check a narrow rule for it (docs/oracle.md)");
    }
    out.add(new SqlStatement(fileName, line, statement));
  }

  /** One statement of a script, without its semicolon and comments. */
  record SqlStatement(String script, int line, String sql) {
    String where() {
      return script + " line " + line;
    }
  }

  /** A migration the checks refuse, with the file and line and the reason. */
  static final class MigrationRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MigrationRefused(String message) {
      super(message);
    }

    MigrationRefused(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
