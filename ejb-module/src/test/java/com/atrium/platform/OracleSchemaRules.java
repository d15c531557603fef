package com.atrium.platform;

import com.atrium.platform.SchemaCatalog.Column;
import com.atrium.platform.SchemaCatalog.Index;
import com.atrium.platform.SchemaCatalog.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Oracle would refuse in a schema that H2's Oracle mode accepted: a type Oracle does not have
 * (H2 also knows bigint, boolean, text), a reserved word as a name, a name past Oracle's length,
 * two indexes on the same column list (ORA-01408, which includes the index of a key).
 */
final class OracleSchemaRules {

  /** Oracle Database 19c SQL Language Reference, "Oracle SQL Reserved Words". */
  static final Set<String> RESERVED =
      Set.of(
          "ACCESS",
          "ADD",
          "ALL",
          "ALTER",
          "AND",
          "ANY",
          "AS",
          "ASC",
          "AUDIT",
          "BETWEEN",
          "BY",
          "CHAR",
          "CHECK",
          "CLUSTER",
          "COLUMN",
          "COLUMN_VALUE",
          "COMMENT",
          "COMPRESS",
          "CONNECT",
          "CREATE",
          "CURRENT",
          "DATE",
          "DECIMAL",
          "DEFAULT",
          "DELETE",
          "DESC",
          "DISTINCT",
          "DROP",
          "ELSE",
          "EXCLUSIVE",
          "EXISTS",
          "FILE",
          "FLOAT",
          "FOR",
          "FROM",
          "GRANT",
          "GROUP",
          "HAVING",
          "IDENTIFIED",
          "IMMEDIATE",
          "IN",
          "INCREMENT",
          "INDEX",
          "INITIAL",
          "INSERT",
          "INTEGER",
          "INTERSECT",
          "INTO",
          "IS",
          "LEVEL",
          "LIKE",
          "LOCK",
          "LONG",
          "MAXEXTENTS",
          "MINUS",
          "MLSLABEL",
          "MODE",
          "MODIFY",
          "NESTED_TABLE_ID",
          "NOAUDIT",
          "NOCOMPRESS",
          "NOT",
          "NOWAIT",
          "NULL",
          "NUMBER",
          "OF",
          "OFFLINE",
          "ON",
          "ONLINE",
          "OPTION",
          "OR",
          "ORDER",
          "PCTFREE",
          "PRIOR",
          "PUBLIC",
          "RAW",
          "RENAME",
          "RESOURCE",
          "REVOKE",
          "ROW",
          "ROWID",
          "ROWNUM",
          "ROWS",
          "SELECT",
          "SESSION",
          "SET",
          "SHARE",
          "SIZE",
          "SMALLINT",
          "START",
          "SUCCESSFUL",
          "SYNONYM",
          "SYSDATE",
          "TABLE",
          "THEN",
          "TO",
          "TRIGGER",
          "UID",
          "UNION",
          "UNIQUE",
          "UPDATE",
          "USER",
          "VALIDATE",
          "VALUES",
          "VARCHAR",
          "VARCHAR2",
          "VIEW",
          "WHENEVER",
          "WHERE",
          "WITH");

  /** Oracle 12.2 and later; the scripts are for 19c. */
  static final int MAX_NAME_LENGTH = 128;

  /**
   * How H2's Oracle mode records the types the Oracle scripts may use: number(p, s), varchar2(n
   * char) up to 4000 (the limit without MAX_STRING_SIZE = EXTENDED), char, raw, clob, blob, date (a
   * timestamp to the second) and timestamp [with time zone].
   */
  private static final List<Pattern> ORACLE_TYPES =
      List.of(
          Pattern.compile("NUMERIC\\(\\d+, \\d+\\)"),
          Pattern.compile("CHARACTER VARYING\\(([1-9]\\d{0,2}|[1-3]\\d{3}|4000)\\)"),
          Pattern.compile("CHARACTER\\(([1-9]\\d{0,2}|1\\d{3}|2000)\\)"),
          Pattern.compile("BINARY VARYING\\(([1-9]\\d{0,2}|1\\d{3}|2000)\\)"),
          Pattern.compile("CHARACTER LARGE OBJECT"),
          Pattern.compile("BINARY LARGE OBJECT"),
          Pattern.compile("TIMESTAMP\\(\\d\\)( WITH TIME ZONE)?"));

  private OracleSchemaRules() {}

  static List<String> violations(SchemaCatalog schema) {
    List<String> out = new ArrayList<>();
    List<String> names = new ArrayList<>(schema.sequences().keySet());
    for (Table table : schema.tables().values()) {
      names.add(table.name());
      names.addAll(table.checks().keySet());
      for (Column column : table.columns().values()) {
        names.add(column.name());
        if (ORACLE_TYPES.stream().noneMatch(p -> p.matcher(column.type()).matches())) {
          out.add(
              table.name()
                  + "."
                  + column.name()
                  + " is "
                  + column.type()
                  + ", not a type Oracle has (number(p, s), varchar2(n char) up to 4000, clob,"
                  + " date, timestamp [with time zone])");
        }
      }
    }
    Map<String, String> indexedLists = new HashMap<>();
    for (Index index : schema.indexes().values()) {
      Table table = schema.tables().get(index.table());
      if (!index.backsConstraint()) {
        names.add(index.name());
        if (schema.tables().values().stream().anyMatch(t -> t.namedKeys().contains(index.name()))) {
          out.add(
              "ORA-00955 name is already used by an existing object: index "
                  + index.name()
                  + " has the name of a key, and Oracle names a key's index after the key");
        }
      }
      for (String key : index.keys()) {
        Column column = table.columns().get(key);
        String type = column == null ? "" : column.type();
        if (type.endsWith("WITH TIME ZONE") && index.backsConstraint()) {
          out.add(
              "ORA-02329 column of datatype TIMESTAMP WITH TIME ZONE cannot be unique or a"
                  + " primary key: "
                  + index.table()
                  + "."
                  + key);
        }
      }
      String list = index.table() + " (" + String.join(", ", index.keys()) + ")";
      String other = indexedLists.putIfAbsent(list, index.name());
      if (other != null) {
        out.add(
            "ORA-01408 such column list already indexed: "
                + list
                + " by "
                + describe(schema, other)
                + " and "
                + describe(schema, index.name()));
      }
    }
    for (String name : names) {
      if (RESERVED.contains(name)) {
        out.add(name + " is an Oracle reserved word (ORA-00904 / ORA-00903)");
      }
      if (name.length() > MAX_NAME_LENGTH) {
        out.add(name + " is longer than Oracle's " + MAX_NAME_LENGTH + " characters");
      }
    }
    return out;
  }

  private static String describe(SchemaCatalog schema, String index) {
    return schema.indexes().get(index).backsConstraint() ? "a key's index" : index;
  }
}
