package com.atrium.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a migrated H2 twin holds, read from its information schema: tables with their visible
 * columns, keys and checks, indexes (an expression index shows its expressions, not H2's generated
 * columns) and sequences. Names are in upper case, as both compatibility modes fold them.
 */
record SchemaCatalog(
    Map<String, Table> tables, Map<String, Index> indexes, Map<String, Sequence> sequences) {

  /** type: H2's data type with its size, e.g. NUMERIC(19, 0), CHARACTER VARYING(32). */
  record Column(String name, String type, boolean nullable, String defaultValue) {}

  record Table(
      String name,
      Map<String, Column> columns,
      List<String> primaryKey,
      Set<String> uniqueKeys,
      Set<String> namedKeys,
      Map<String, String> checks,
      Set<String> unnamedChecks,
      Set<String> foreignKeys) {}

  /** keys: column names, or the expression of an expression index, in index order. */
  record Index(
      String name,
      String table,
      boolean unique,
      List<String> keys,
      boolean partial,
      boolean expression,
      boolean backsConstraint) {}

  record Sequence(String name, long start, long increment) {}

  static SchemaCatalog read(
      Connection c, Map<String, String> generatedColumns, Set<String> partialIndexes)
      throws SQLException {
    Map<String, Table> tables = new TreeMap<>();
    for (List<String> row :
        rows(
            c,
            "select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type = 'BASE TABLE'")) {
      String t = row.get(0);
      tables.put(
          t,
          new Table(
              t,
              new LinkedHashMap<>(),
              new ArrayList<>(),
              new TreeSet<>(),
              new TreeSet<>(),
              new TreeMap<>(),
              new TreeSet<>(),
              new TreeSet<>()));
    }
    for (List<String> r :
        rows(
            c,
            "select table_name, column_name, data_type, numeric_precision, numeric_scale,"
                + " character_maximum_length, datetime_precision, is_nullable, column_default,"
                + " is_visible from information_schema.columns where table_schema = 'PUBLIC'"
                + " order by table_name, ordinal_position")) {
      if ("TRUE".equals(r.get(9)) && tables.containsKey(r.get(0))) {
        tables
            .get(r.get(0))
            .columns()
            .put(
                r.get(1),
                new Column(
                    r.get(1),
                    type(r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)),
                    "YES".equals(r.get(7)),
                    r.get(8)));
      }
    }
    Map<String, String> checkClauses = new HashMap<>();
    for (List<String> r :
        rows(
            c,
            "select constraint_name, check_clause from information_schema.check_constraints"
                + " where constraint_schema = 'PUBLIC'")) {
      checkClauses.put(r.get(0), CAST.matcher(r.get(1)).replaceAll("$1"));
    }
    Map<String, List<String>> keyColumns = new HashMap<>();
    for (List<String> r :
        rows(
            c,
            "select constraint_name, column_name from information_schema.key_column_usage"
                + " where constraint_schema = 'PUBLIC' order by constraint_name, ordinal_position")) {
      keyColumns.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1));
    }
    Map<String, String> constraintOfIndex = new HashMap<>();
    for (List<String> r :
        rows(
            c,
            "select constraint_name, table_name, constraint_type, index_name"
                + " from information_schema.table_constraints where constraint_schema = 'PUBLIC'")) {
      String name = r.get(0);
      Table table = tables.get(r.get(1));
      if (r.get(3) != null) {
        constraintOfIndex.put(r.get(3), r.get(2));
      }
      List<String> cols = keyColumns.getOrDefault(name, List.of());
      if (!generatedName(name) && List.of("PRIMARY KEY", "UNIQUE").contains(r.get(2))) {
        table.namedKeys().add(name);
      }
      switch (r.get(2)) {
        case "PRIMARY KEY" -> table.primaryKey().addAll(cols);
        case "UNIQUE" -> table.uniqueKeys().add(String.join(", ", cols));
        case "CHECK" -> {
          if (generatedName(name)) {
            table.unnamedChecks().add(checkClauses.get(name));
          } else {
            table.checks().put(name, checkClauses.get(name));
          }
        }
        default -> {}
      }
    }
    DatabaseMetaData md = c.getMetaData();
    for (Table table : tables.values()) {
      Map<String, List<String[]>> fks = new TreeMap<>();
      try (ResultSet rs = md.getImportedKeys(null, "PUBLIC", table.name())) {
        while (rs.next()) {
          fks.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>())
              .add(
                  new String[] {
                    rs.getString("FKCOLUMN_NAME"),
                    rs.getString("PKTABLE_NAME"),
                    rs.getString("PKCOLUMN_NAME")
                  });
        }
      }
      for (List<String[]> fk : fks.values()) {
        table
            .foreignKeys()
            .add(
                String.join(", ", fk.stream().map(k -> k[0]).toList())
                    + " -> "
                    + fk.get(0)[1]
                    + " ("
                    + String.join(", ", fk.stream().map(k -> k[2]).toList())
                    + ")");
      }
    }
    Map<String, List<String>> indexKeys = new HashMap<>();
    for (List<String> r :
        rows(
            c,
            "select index_name, column_name from information_schema.index_columns"
                + " where index_schema = 'PUBLIC' order by index_name, ordinal_position")) {
      indexKeys
          .computeIfAbsent(r.get(0), k -> new ArrayList<>())
          .add(generatedColumns.getOrDefault(r.get(1), r.get(1)));
    }
    Map<String, Index> indexes = new TreeMap<>();
    for (List<String> r :
        rows(
            c,
            "select index_name, table_name, index_type_name from information_schema.indexes"
                + " where index_schema = 'PUBLIC'")) {
      String name = r.get(0);
      String backs = constraintOfIndex.get(name);
      if ("FOREIGN KEY".equals(backs)) {
        continue; // H2's own index for a foreign key; neither Oracle nor PostgreSQL makes one
      }
      List<String> keys = indexKeys.getOrDefault(name, List.of());
      indexes.put(
          name,
          new Index(
              name,
              r.get(1),
              !"INDEX".equals(r.get(2)),
              keys,
              partialIndexes.contains(name),
              keys.stream().anyMatch(k -> !k.matches("\\w+")),
              backs != null));
    }
    Map<String, Sequence> sequences = new TreeMap<>();
    for (List<String> r :
        rows(
            c,
            "select sequence_name, start_value, increment from information_schema.sequences"
                + " where sequence_schema = 'PUBLIC'")) {
      sequences.put(
          r.get(0), new Sequence(r.get(0), Long.parseLong(r.get(1)), Long.parseLong(r.get(2))));
    }
    return new SchemaCatalog(tables, indexes, sequences);
  }

  /**
   * H2 writes the cast it adds to a literal into a check ({@code CAST(0 AS BIGINT)}); without it
   * the two modes' clauses compare as written.
   */
  private static final Pattern CAST =
      Pattern.compile("CAST\\(([^()]+?) AS [A-Z ]+(\\(\\d+(, ?\\d+)?\\))?\\)");

  /** A name H2 made up for an unnamed constraint or index. */
  static boolean generatedName(String name) {
    return name.matches("CONSTRAINT_[0-9A-F]+");
  }

  private static String type(
      String dataType, String precision, String scale, String length, String timePrecision) {
    return switch (dataType) {
      case "NUMERIC", "DECIMAL" -> "NUMERIC(" + precision + ", " + scale + ")";
      case "CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY" ->
          dataType + "(" + length + ")";
      case "TIMESTAMP", "TIME" -> dataType + "(" + timePrecision + ")";
      case "TIMESTAMP WITH TIME ZONE" -> "TIMESTAMP(" + timePrecision + ") WITH TIME ZONE";
      default -> dataType;
    };
  }

  private static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
