package com.atrium.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date before anything else touches the database: the versioned migrations
 * of {@code sql/<database>}, then, when {@code atrium.demo.seed} is on, the demo data set (which
 * has its own history table, so the production history never mentions it). Startup fails if a
 * migration fails: Atrium never serves on a schema it does not know.
 *
 * <p>The pool hands out only connections that answer ({@code Connection.isValid}, at most once per
 * {@code atrium.db.pool.validate-at-most-once-seconds} per connection), and drops every pooled
 * connection when one fails: after the database was away, the first requests reconnect instead of
 * failing on dead sockets, so Atrium recovers without a restart. A request waits at most {@code
 * atrium.db.pool.max-wait-millis} for a connection. Both are MicroProfile Config keys
 * (docs/operations.md).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=atrium.db.url}",
    user = "${MPCONFIG=atrium.db.user}",
    password = "${MPCONFIG=atrium.db.password}",
    minPoolSize = 2,
    maxPoolSize = 24,
    initialPoolSize = 2,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.validate-atmost-once-period-in-seconds="
          + "${MPCONFIG=atrium.db.pool.validate-at-most-once-seconds}",
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=atrium.db.pool.max-wait-millis}"
    })
@Singleton
@Startup
@DependsOn("TenantConfigCheck")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/atrium";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "atrium.demo.seed", defaultValue = "false")
  private boolean demoSeed;

  private volatile String vendor;
  private volatile String migratedVersion;

  @PostConstruct
  void migrate() {
    vendor = vendor();
    Flyway schema =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/" + vendor)
            .load();
    var result = schema.migrate();
    migratedVersion = result.targetSchemaVersion;
    LOG.info(
        () ->
            "Schema of "
                + vendor
                + " at version "
                + schema.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    if (demoSeed) {
      var seed =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/demo/" + vendor)
              .table("demo_seed_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              // a seed applies once; a database seeded by an older copy of a script keeps its data
              // (the schema migrations carry it forward) instead of refusing to start
              .validateOnMigrate(false)
              // one transaction: a partner key of V1 names a partner V7 makes, and the foreign key
              // is checked at the commit
              .group(true)
              .load()
              .migrate();
      LOG.info(() -> "Demo data set: " + seed.migrationsExecuted + " seed scripts applied now");
    }
  }

  /** Folder name of the migrations for the database behind the datasource. */
  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("oracle")) {
        return "oracle";
      }
      throw new IllegalStateException(
          "Atrium supports PostgreSQL and Oracle; atrium.db.url points at " + product);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach the database at atrium.db.url: " + e.getMessage(), e);
    }
  }

  /** True when every migration found on the classpath has been applied. */
  public boolean isSchemaCurrent() {
    MigrationInfo[] pending =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/" + vendor)
            .load()
            .info()
            .pending();
    return pending.length == 0;
  }

  public boolean isReachable() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  public String vendorName() {
    return vendor;
  }
}
