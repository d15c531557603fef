package com.atrium.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (the zonky binaries, fetched as a Maven artifact) whose data folder outlives
 * the launcher: the first start creates the cluster, later starts reuse it, so the demo data and
 * whatever the user changed are still there. Deleting the folder starts over. It runs with
 * PostgreSQL's durable settings, so a commit that Atrium acknowledged survives a crash of the
 * database (LauncherDurabilityIT kills it during a stream of sales).
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String NAME = "atrium";
  static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Settings settings) throws IOException, SQLException {
    Files.createDirectories(settings.postgresDir());
    Redirect log = Redirect.appendTo(settings.postgresLog().toFile());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(settings.postgresDir())
            .setCleanDataDirectory(false)
            .setPort(settings.postgresPort())
            .setRegisterShutdownHook(false)
            // zonky's test defaults trade durability for speed (postgres -F turns fsync off and
            // synchronous_commit=off answers a commit before its WAL is written, so a crash of the
            // database loses sales already acknowledged); this folder is kept, so commit durably
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            // after an unclean stop PostgreSQL first replays its WAL; zonky's 10 s can be too short
            .setPGStartupWait(settings.readyTimeout())
            .setOutputRedirector(log)
            .setErrorRedirector(log)
            .start();
    var database = new EmbeddedDatabase(postgres);
    database.createIfMissing();
    return database;
  }

  private void createIfMissing() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + NAME);
    }
  }

  int port() {
    return postgres.getPort();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + NAME;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
