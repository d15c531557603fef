package com.atrium.it;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running Atrium for the whole test JVM, tested as a black box: a fresh PostgreSQL database
 * {@code atrium_it}, the built WAR on Payara Micro in a child process (with the demo seed on), and
 * the process stopped when the last test is done.
 *
 * <pre>
 * &#64;ExtendWith(RunningAtrium.class)
 * class SomethingIT {
 *   &#64;Test void works() { ... RunningAtrium.baseUri() ... RunningAtrium.database() ... }
 * }
 * </pre>
 *
 * <p>Inputs: system properties {@code payara.microJar}, {@code atrium.war} and {@code
 * atrium.build.directory} (set by failsafe), environment PGHOST/PGPORT/PGUSER/PGPASSWORD (defaults
 * 127.0.0.1/5432/postgres/empty). To run the tests against an Atrium you already started, pass
 * {@code -Datrium.it.baseUri=http://localhost:8181 -Datrium.it.database=atrium_sec}: nothing is
 * dropped or started then. The Micro log goes to {@code target/it-micro_f<fork>.log}.
 */
public final class RunningAtrium implements BeforeAllCallback {

  public static final String DATABASE = TestDatabase.named("atrium_it");

  /**
   * A third configured mall the demo does not have, on another zone than the operator's
   * (Europe/London), so that a test sees a mall's business days differ from the operator's
   * (EarningRulesIT). Its tenants are the tests' own.
   */
  public static final String LONDON_MALL = "LN";

  private static volatile Instance instance;
  private static volatile RuntimeException startFailure;

  @Override
  public void beforeAll(ExtensionContext context) {
    // not JUnit's root store: with several forks, surefire runs each class as a launch of its
    // own, whose root store closes after it; the JVM's end stops the server instead
    start();
  }

  /** Where Atrium answers, e.g. {@code http://localhost:41234}; context root is {@code /}. */
  public static URI baseUri() {
    return running().baseUri;
  }

  /** The database the running Atrium uses, for setting up and inspecting rows. */
  public static ItDatabase database() {
    return running().database;
  }

  private static Instance running() {
    Instance i = instance;
    if (i == null) {
      throw new IllegalStateException(
          "Atrium is not running: annotate the test class with @ExtendWith(RunningAtrium.class)");
    }
    return i;
  }

  /** Starts once; a failed start is remembered so that later test classes fail fast. */
  private static synchronized Instance start() {
    if (instance != null) {
      return instance;
    }
    if (startFailure != null) {
      throw startFailure;
    }
    try {
      return startNow();
    } catch (RuntimeException e) {
      startFailure = e;
      throw e;
    }
  }

  private static Instance startNow() {
    String user = TestDatabase.user();
    String password = TestDatabase.password();
    String external = System.getProperty("atrium.it.baseUri");
    if (external != null) {
      String db = System.getProperty("atrium.it.database", DATABASE);
      instance =
          new Instance(
              URI.create(external), new ItDatabase(TestDatabase.url(db), user, password), null);
      return instance;
    }
    TestDatabase.recreate(DATABASE);
    String dbUrl = TestDatabase.url(DATABASE);
    DedicatedAtrium atrium =
        DedicatedAtrium.start(
            "it-micro",
            Map.of(
                "ATRIUM_DB_URL",
                dbUrl,
                // the tests are the proxy: PortalClient names each client's address in
                // X-Forwarded-For
                "ATRIUM_LOGIN_TRUSTED_PROXIES",
                "127.0.0.1,0:0:0:0:0:0:0:1,::1",
                // finance's phone for prepaid block alerts (PrepaidBlocksIT)
                "CLEARING_PREPAID_ALERT_PHONE",
                PrepaidBlocksIT.FINANCE_PHONE,
                "MALLS",
                "XH,CD," + LONDON_MALL,
                "MALL_" + LONDON_MALL + "_NAME",
                "伦敦测试广场 IT London mall",
                "MALL_" + LONDON_MALL + "_ZONE",
                "Europe/London"));
    instance = new Instance(atrium.baseUri(), new ItDatabase(dbUrl, user, password), atrium);
    Runtime.getRuntime().addShutdownHook(new Thread(atrium::close));
    return instance;
  }

  /** The running server, stopped when the test JVM ends. */
  private record Instance(URI baseUri, ItDatabase database, DedicatedAtrium atrium) {}
}
