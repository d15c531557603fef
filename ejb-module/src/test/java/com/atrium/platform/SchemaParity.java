package com.atrium.platform;

import com.atrium.platform.SchemaCatalog.Column;
import com.atrium.platform.SchemaCatalog.Index;
import com.atrium.platform.SchemaCatalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the Oracle schema drifts from the PostgreSQL one after the same migrations: the two folders
 * must describe one schema (same tables, columns, nullability, defaults, keys, checks, index names
 * and sequences) with each PostgreSQL type replaced by its Oracle twin. The only Oracle extras
 * allowed are the 0/1 checks that stand in for a boolean.
 */
final class SchemaParity {

  private SchemaParity() {}

  /**
   * The Oracle type (as H2's Oracle mode records it) that stands for a PostgreSQL type, or null
   * when none is agreed yet: bigint is number(19), integer number(10), boolean number(1) with a 0/1
   * check, text clob, date Oracle's date; numeric, varchar and timestamptz keep their sizes.
   */
  static String oracleTwin(String postgresType) {
    return switch (postgresType) {
      case "BIGINT" -> "NUMERIC(19, 0)";
      case "INTEGER" -> "NUMERIC(10, 0)";
      case "SMALLINT" -> "NUMERIC(5, 0)";
      case "BOOLEAN" -> "NUMERIC(1, 0)";
      case "CHARACTER VARYING(1000000000)" -> "CHARACTER LARGE OBJECT";
      case "DATE" -> "TIMESTAMP(0)";
      default ->
          postgresType.startsWith("NUMERIC(")
                  || postgresType.startsWith("CHARACTER VARYING(")
                  || postgresType.startsWith("TIMESTAMP(")
              ? postgresType
              : null;
    };
  }

  static List<String> differences(SchemaCatalog postgres, SchemaCatalog oracle) {
    List<String> out = new ArrayList<>();
    onlyIn(out, "table", postgres.tables().keySet(), oracle.tables().keySet());
    for (Table pg : postgres.tables().values()) {
      Table ora = oracle.tables().get(pg.name());
      if (ora != null) {
        compare(out, pg, ora);
      }
    }
    onlyIn(out, "index", userIndexes(postgres), userIndexes(oracle));
    for (Index pg : postgres.indexes().values()) {
      Index ora = oracle.indexes().get(pg.name());
      if (pg.backsConstraint() || ora == null) {
        continue;
      }
      if (!pg.table().equals(ora.table()) || pg.unique() != ora.unique()) {
        out.add(
            "index " + pg.name() + ": PostgreSQL " + describe(pg) + ", Oracle " + describe(ora));
      } else if (!pg.partial() && !pg.expression() && !ora.expression()) {
        if (!pg.keys().equals(ora.keys())) {
          out.add("index " + pg.name() + ": PostgreSQL " + pg.keys() + ", Oracle " + ora.keys());
        }
      }
    }
    if (!postgres.sequences().equals(oracle.sequences())) {
      out.add(
          "sequences: PostgreSQL "
              + postgres.sequences().values()
              + ", Oracle "
              + oracle.sequences().values());
    }
    return out;
  }

  private static void compare(List<String> out, Table pg, Table ora) {
    String t = pg.name();
    onlyIn(out, "column of " + t, pg.columns().keySet(), ora.columns().keySet());
    for (Column p : pg.columns().values()) {
      Column o = ora.columns().get(p.name());
      if (o == null) {
        continue;
      }
      String where = t + "." + p.name();
      String twin = oracleTwin(p.type());
      if (twin == null) {
        out.add(where + ": no Oracle twin agreed for the PostgreSQL type " + p.type());
      } else if (!twin.equals(o.type())) {
        out.add(where + ": PostgreSQL " + p.type() + " wants Oracle " + twin + ", is " + o.type());
      }
      if (p.nullable() != o.nullable()) {
        out.add(
            where
                + ": nullable "
                + p.nullable()
                + " on PostgreSQL, "
                + o.nullable()
                + " on Oracle");
      }
      if (!Objects.equals(defaultValue(p.defaultValue()), defaultValue(o.defaultValue()))) {
        out.add(
            where
                + ": default "
                + p.defaultValue()
                + " on PostgreSQL, "
                + o.defaultValue()
                + " on Oracle");
      }
      if ("BOOLEAN".equals(p.type())
          && !ora.checks().containsValue("\"" + p.name() + "\" IN(0, 1)")) {
        out.add(where + ": a boolean needs a check (" + p.name() + " in (0, 1)) on Oracle");
      }
    }
    if (!pg.primaryKey().equals(ora.primaryKey())) {
      out.add(
          t
              + ": primary key "
              + pg.primaryKey()
              + " on PostgreSQL, "
              + ora.primaryKey()
              + " on Oracle");
    }
    onlyIn(out, "unique key of " + t, pg.uniqueKeys(), ora.uniqueKeys());
    onlyIn(out, "foreign key of " + t, pg.foreignKeys(), ora.foreignKeys());
    onlyIn(out, "unnamed check of " + t, pg.unnamedChecks(), ora.unnamedChecks());
    for (var check : ora.checks().entrySet()) {
      String pgClause = pg.checks().get(check.getKey());
      if (pgClause == null) {
        if (!booleanCheck(pg, check.getValue())) {
          out.add("check " + check.getKey() + " is only on Oracle: " + check.getValue());
        }
      } else if (!pgClause.equals(check.getValue())) {
        out.add(
            "check "
                + check.getKey()
                + ": PostgreSQL "
                + pgClause
                + ", Oracle "
                + check.getValue());
      }
    }
    for (String check : pg.checks().keySet()) {
      if (!ora.checks().containsKey(check)) {
        out.add("check " + check + " is only on PostgreSQL: " + pg.checks().get(check));
      }
    }
  }

  /** The 0/1 check of a column that is a boolean on PostgreSQL. */
  private static boolean booleanCheck(Table pg, String clause) {
    return pg.columns().values().stream()
        .anyMatch(
            c -> "BOOLEAN".equals(c.type()) && clause.equals("\"" + c.name() + "\" IN(0, 1)"));
  }

  private static String defaultValue(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    return switch (v) {
      case "TRUE" -> "1";
      case "FALSE" -> "0";
      default -> value.strip();
    };
  }

  private static Set<String> userIndexes(SchemaCatalog schema) {
    Set<String> out = new TreeSet<>();
    schema.indexes().values().stream()
        .filter(i -> !i.backsConstraint())
        .forEach(i -> out.add(i.name()));
    return out;
  }

  private static String describe(Index index) {
    return (index.unique() ? "unique on " : "on ") + index.table();
  }

  private static void onlyIn(List<String> out, String what, Set<String> pg, Set<String> ora) {
    for (String name : pg) {
      if (!ora.contains(name)) {
        out.add(what + " " + name + " is only on PostgreSQL");
      }
    }
    for (String name : ora) {
      if (!pg.contains(name)) {
        out.add(what + " " + name + " is only on Oracle");
      }
    }
  }
}
