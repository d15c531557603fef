package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.H2Twin.Dialect;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The Oracle migrations, exercised without an Oracle: every statement of {@code db/oracle} (the
 * folder Flyway is given on Oracle) runs on H2 in Oracle mode, the result is held to Oracle's own
 * rules, and it must be the same schema as {@code db/postgresql} builds. docs/oracle.md says what
 * this proves and what it does not.
 */
class OracleMigrationsTest {

  static Path folder(String vendor) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(
                OracleMigrationsTest.class.getClassLoader().getResource("db/" + vendor),
                "db/" + vendor + " is not on the test classpath")
            .toURI());
  }

  static List<MigrationScript> migrations(String vendor) throws Exception {
    return MigrationScript.folder(folder(vendor));
  }

  @Test
  void bothFoldersHoldTheSameVersionsUnderTheSameNames() throws Exception {
    List<String> postgres =
        migrations("postgresql").stream().map(MigrationScript::fileName).toList();
    List<String> oracle = migrations("oracle").stream().map(MigrationScript::fileName).toList();

    assertThat(postgres).contains("V1__foundation.sql");
    assertThat(oracle).containsExactlyElementsOf(postgres);
  }

  @Test
  void everyOracleMigrationRunsInOracleModeAndKeepsOraclesRules() throws Exception {
    try (H2Twin oracle = new H2Twin(Dialect.ORACLE)) {
      SchemaCatalog schema = oracle.apply(migrations("oracle")).catalog();

      assertThat(schema.tables()).containsKeys("MALL", "MEMBER", "LEDGER_ACCOUNT", "SALE");
      assertThat(OracleSchemaRules.violations(schema)).isEmpty();
    }
  }

  @Test
  void theOracleSchemaIsThePostgresqlSchema() throws Exception {
    try (H2Twin postgres = new H2Twin(Dialect.POSTGRESQL);
        H2Twin oracle = new H2Twin(Dialect.ORACLE)) {
      SchemaCatalog pg = postgres.apply(migrations("postgresql")).catalog();
      SchemaCatalog ora = oracle.apply(migrations("oracle")).catalog();

      assertThat(SchemaParity.differences(pg, ora)).isEmpty();
      assertThat(ora.tables().get("SALE").columns()).containsKey("BALANCE_AFTER");
      assertThat(ora.indexes()).doesNotContainKey("POINTS_LOT_EXPIRES_IDX");
    }
  }

  static void execute(H2Twin twin, String... statements) throws SQLException {
    try (var s = twin.connection().createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
