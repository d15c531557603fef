package com.atrium.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The PostgreSQL the integration tests use: libpq's variables PGHOST, PGPORT, PGUSER and
 * PGPASSWORD, defaulting to the trust-auth server on 127.0.0.1:5432. Each suite makes its own
 * database from scratch.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static String host() {
    return env("PGHOST", "127.0.0.1");
  }

  public static String port() {
    return env("PGPORT", "5432");
  }

  public static String user() {
    return env("PGUSER", "postgres");
  }

  public static String password() {
    return env("PGPASSWORD", "");
  }

  /**
   * The password to hand to Atrium: MicroProfile Config treats an empty value as missing, and trust
   * auth ignores it anyway.
   */
  public static String appPassword() {
    return password().isEmpty() ? "unused" : password();
  }

  /**
   * A database name for one suite: the base name plus {@code -Datrium.it.db-suffix} and the fork's
   * suffix, so that two checkouts or two forks testing on one server at the same time do not drop
   * each other's databases.
   */
  public static String named(String base) {
    String suffix = System.getProperty("atrium.it.db-suffix", "") + forkSuffix();
    return base + suffix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  /**
   * {@code _f<n>} in the n-th of several failsafe JVMs ({@code atrium.it.fork=f<n>}), so that each
   * fork's databases, server folder and log are its own; empty outside failsafe (an IDE run).
   */
  public static String forkSuffix() {
    String fork = System.getProperty("atrium.it.fork", "");
    return fork.matches("f[0-9]+") ? "_" + fork : "";
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
  }

  /** Drops (closing its connections) and creates the database. */
  public static void recreate(String database) {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(database);
    }
    try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot prepare test database " + database + " on " + host() + ":" + port(), e);
    }
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user(), password());
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
