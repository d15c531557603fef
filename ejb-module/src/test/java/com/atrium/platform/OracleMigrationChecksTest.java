package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.H2Twin.Dialect;
import com.atrium.platform.MigrationScript.MigrationRefused;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of {@link OracleMigrationsTest} bite: each broken script here is one Oracle would
 * refuse, or one that lets the two folders drift apart, and each is refused with its file and line
 * or reported by name.
 */
class OracleMigrationChecksTest {

  private static final String TABLE =
      "create table t (id number(19) primary key, name varchar2(32 char) not null)";

  private static List<MigrationScript> oracle(String... statements) {
    return List.of(new MigrationScript("V1__t.sql", String.join(";\n", statements) + ";\n"));
  }

  private static SchemaCatalog onOracle(String... statements) throws SQLException {
    try (H2Twin twin = new H2Twin(Dialect.ORACLE)) {
      return twin.apply(oracle(statements)).catalog();
    }
  }

  private static void refusedOnOracle(String message, String... statements) {
    assertThatThrownBy(() -> onOracle(statements))
        .isInstanceOf(MigrationRefused.class)
        .hasMessageContaining(message);
  }

  @Test
  void aTypoInAKeywordATypeOrAColumnIsRefusedWithItsLine() {
    refusedOnOracle(
        "V1__t.sql line 1: H2 in Oracle mode refuses it", "creat table t (id number(19))");
    refusedOnOracle(
        "V1__t.sql line 1: H2 in Oracle mode refuses it", "create table t (id nubmer(19))");
    refusedOnOracle(
        "V1__t.sql line 2: H2 in Oracle mode refuses it", TABLE, "create index t_idx on t (nmae)");
    refusedOnOracle(
        "V1__t.sql line 2: H2 in Oracle mode refuses the index expression lower(nmae)",
        TABLE,
        "create index t_idx on t (lower(nmae))");
    refusedOnOracle(
        "Index on column: \"\"NOTE\"\" CHARACTER LARGE OBJECT",
        "create table t (id number(19) primary key, note clob)",
        "create index t_idx on t (note)");
  }

  @Test
  void postgresqlSpellingsThatH2WouldAcceptAreRefused() {
    refusedOnOracle(
        "DEFAULT before NOT NULL (ORA-00907",
        "create table t (id number(19) primary key, v number(19) not null default 0)");
    refusedOnOracle(
        "varchar2 length in bytes", "create table t (id number(19) primary key, v varchar2(32))");
    refusedOnOracle(
        "varchar2 length in bytes",
        "create table t (id number(19) primary key, v varchar2(32 byte))");
    refusedOnOracle(
        "varchar is PostgreSQL's spelling",
        "create table t (id number(19) primary key, v varchar(32))");
    refusedOnOracle(
        "Oracle has no partial index", TABLE, "create index t_idx on t (name) where id > 0");
    refusedOnOracle("ADD COLUMN is PostgreSQL", TABLE, "alter table t add column v number(19)");
    refusedOnOracle("IF [NOT] EXISTS", "create table if not exists t (id number(19))");
  }

  @Test
  void aForeignKeyThatIsNotCheckedAtCommitIsRefused() {
    refusedOnOracle(
        "V1__t.sql line 2: a foreign key that is not deferrable initially deferred",
        TABLE,
        "create table u (id number(19) primary key, t_id number(19) references t (id))");
  }

  @Test
  void plsqlIsRefusedByNameInsteadOfPassedOver() {
    refusedOnOracle(
        "V1__t.sql line 2: PL/SQL (begin ...) is not exercised",
        TABLE,
        "begin execute immediate 'drop table t'; end");
    refusedOnOracle(
        "PL/SQL (create ...) is not exercised",
        "create or replace trigger t_bi before insert on t for each row begin null; end");
  }

  @Test
  void typesOracleDoesNotHaveAreReported() throws SQLException {
    SchemaCatalog schema =
        onOracle(
            "create table t (id bigint primary key, flag boolean, note varchar2(4001 char),"
                + " body clob, opened date, at timestamp with time zone, amount number(14, 2),"
                + " code char(2 char), digest raw(32), scan blob)");

    assertThat(OracleSchemaRules.violations(schema))
        .containsExactlyInAnyOrder(
            "T.ID is BIGINT, not a type Oracle has (number(p, s), varchar2(n char) up to 4000,"
                + " clob, date, timestamp [with time zone])",
            "T.FLAG is BOOLEAN, not a type Oracle has (number(p, s), varchar2(n char) up to 4000,"
                + " clob, date, timestamp [with time zone])",
            "T.NOTE is CHARACTER VARYING(4001), not a type Oracle has (number(p, s), varchar2(n"
                + " char) up to 4000, clob, date, timestamp [with time zone])");
  }

  @Test
  void reservedWordsAndIndexesOnAnIndexedColumnListAreReported() throws SQLException {
    SchemaCatalog schema =
        onOracle(
            "create table t (id number(19) primary key, code varchar2(8 char) not null unique,"
                + " level number(10), size number(10))",
            "create index t_id_idx on t (id)",
            "create index t_code_idx on t (code)",
            "create index t_level_idx on t (level, size)");

    assertThat(OracleSchemaRules.violations(schema))
        .containsExactlyInAnyOrder(
            "ORA-01408 such column list already indexed: T (ID) by a key's index and T_ID_IDX",
            "ORA-01408 such column list already indexed: T (CODE) by a key's index and T_CODE_IDX",
            "LEVEL is an Oracle reserved word (ORA-00904 / ORA-00903)",
            "SIZE is an Oracle reserved word (ORA-00904 / ORA-00903)");
  }

  @Test
  void keysAndIndexesOracleCannotBuildAreReported() throws SQLException {
    SchemaCatalog schema =
        onOracle(
            "create table t (id number(19) primary key, at timestamp with time zone not null,"
                + " code varchar2(8 char) not null,"
                + " constraint t_at_uq unique (at), constraint t_code_uq unique (code))",
            "create index t_code_uq on t (code, id)",
            "create index t_at_idx on t (at, id)");

    assertThat(OracleSchemaRules.violations(schema))
        .containsExactlyInAnyOrder(
            "ORA-02329 column of datatype TIMESTAMP WITH TIME ZONE cannot be unique or a primary"
                + " key: T.AT",
            "ORA-00955 name is already used by an existing object: index T_CODE_UQ has the name"
                + " of a key, and Oracle names a key's index after the key");
  }

  @Test
  void driftBetweenTheFoldersIsReportedByName() throws SQLException {
    SchemaCatalog postgres;
    try (H2Twin twin = new H2Twin(Dialect.POSTGRESQL)) {
      postgres =
          twin.apply(
                  List.of(
                      new MigrationScript(
                          "V1__t.sql",
                          "create table t (id bigint primary key, kind varchar(16) not null,"
                              + " enabled boolean not null default true, added bigint,"
                              + " constraint t_kind_ck check (kind in ('POS', 'PARTNER')));"
                              + " create index t_kind_idx on t (kind, id);")))
              .catalog();
    }
    SchemaCatalog oracle =
        onOracle(
            "create table t (id number(19) primary key, kind varchar2(8 char) not null,"
                + " enabled number(1) default 0 not null,"
                + " constraint t_kind_ck check (kind in ('POS')))",
            "create index t_kind_idx on t (id, kind)");

    assertThat(SchemaParity.differences(postgres, oracle))
        .containsExactlyInAnyOrder(
            "column of T ADDED is only on PostgreSQL",
            "T.KIND: PostgreSQL CHARACTER VARYING(16) wants Oracle CHARACTER VARYING(16), is"
                + " CHARACTER VARYING(8)",
            "T.ENABLED: default TRUE on PostgreSQL, 0 on Oracle",
            "T.ENABLED: a boolean needs a check (ENABLED in (0, 1)) on Oracle",
            "check T_KIND_CK: PostgreSQL \"KIND\" IN('POS', 'PARTNER'), Oracle \"KIND\" = 'POS'",
            "index T_KIND_IDX: PostgreSQL [KIND, ID], Oracle [ID, KIND]");
  }

  @Test
  void aFolderIsReadInFlywaysOrderAndAMisnamedFileIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("V2__u.sql"), "create table u (id number(19) primary key);\n");
    Files.writeString(
        dir.resolve("V10__v.sql"),
        "alter table u add (note varchar2(10 char));\n-- after V2, not before\n");
    Files.writeString(dir.resolve("V1__t.sql"), TABLE + ";\n");

    List<MigrationScript> scripts = MigrationScript.folder(dir);
    assertThat(scripts)
        .extracting(MigrationScript::fileName)
        .containsExactly("V1__t.sql", "V2__u.sql", "V10__v.sql");
    try (H2Twin twin = new H2Twin(Dialect.ORACLE)) {
      assertThat(twin.apply(scripts).catalog().tables().get("U").columns()).containsKey("NOTE");
    }

    Files.writeString(dir.resolve("V11_one_underscore.sql"), "drop table u;\n");
    assertThatThrownBy(() -> MigrationScript.folder(dir))
        .isInstanceOf(MigrationRefused.class)
        .hasMessageContaining("V11_one_underscore.sql is not named V<version>__<description>.sql");
  }

  @Test
  void statementsAreCutOutsideQuotesAndCommentsAndKeepTheirLine() {
    MigrationScript script =
        new MigrationScript(
            "V1__t.sql",
            "-- a comment; with a semicolon\ncreate table t (note varchar2(8 char) default 'a;b'"
                + " not null);\n/* block;\n comment */ drop table t;");

    assertThat(script.statements())
        .extracting(MigrationScript.SqlStatement::where, MigrationScript.SqlStatement::sql)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "V1__t.sql line 2",
                "create table t (note varchar2(8 char) default 'a;b' not null)"),
            org.assertj.core.groups.Tuple.tuple("V1__t.sql line 4", "drop table t"));
  }
}
