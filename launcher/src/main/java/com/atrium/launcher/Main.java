package com.atrium.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quick start: an embedded PostgreSQL with a persistent data folder, then Payara Micro running
 * the Atrium WAR against it with the demo data set, then the URL and the demo logins once {@code
 * /health/ready} answers. Ctrl-C stops Micro first and PostgreSQL last, so that nothing is left
 * running and the database shuts down cleanly.
 */
public final class Main {

  private static final PrintStream OUT = System.out;

  /** Demo logins of the seed (sql/demo/postgresql), all with the same password. */
  private static final List<String[]> LOGINS =
      List.of(
          new String[] {"admin", "OPERATOR_ADMIN, both malls"},
          new String[] {"marketing", "OPERATOR_MARKETING, both malls"},
          new String[] {"marketing-cd", "OPERATOR_MARKETING of mall CD only"},
          new String[] {"finance", "OPERATOR_FINANCE, both malls"},
          new String[] {"finance2", "OPERATOR_FINANCE, both malls (the second pair of eyes)"},
          new String[] {"service", "OPERATOR_SERVICE, both malls"},
          new String[] {"fb001", "MERCHANT_ASSISTANT of FB001 星巴克 Starbucks"},
          new String[] {"fb001-manager", "MERCHANT_MANAGER of FB001 星巴克 Starbucks"},
          new String[] {"fa001", "MERCHANT_ASSISTANT of FA001 优衣库 UNIQLO"});

  private final Settings settings;
  private EmbeddedDatabase database;
  private MicroProcess micro;
  private boolean stopped;

  private Main(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    long started = System.nanoTime();
    Main launcher;
    try {
      launcher = new Main(Settings.from(System.getenv(), launcherDir()));
    } catch (IllegalArgumentException e) {
      System.err.println("atrium: " + e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "atrium-shutdown"));
    int exit;
    try {
      exit = launcher.run(started);
    } catch (Exception e) {
      System.err.println(
          "atrium: could not start: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      exit = 1;
    }
    launcher.stop();
    System.exit(exit);
  }

  private int run(long started) throws Exception {
    requireFile(settings.war(), "the Atrium WAR (build it with: mvn -B -DskipTests package)");
    requireFile(
        settings.microJar(), "Payara Micro (build the launcher with: mvn -B -DskipTests package)");
    requireFreePort(settings.httpPort());

    OUT.println("Atrium quick start");
    OUT.println("  data folder  " + settings.dataDir() + "  (delete it to start from scratch)");
    database = EmbeddedDatabase.start(settings);
    OUT.printf(
        "  PostgreSQL   %s (user %s) after %s%n",
        database.jdbcUrl(), EmbeddedDatabase.USER, elapsed(started));

    Map<String, String> env = new HashMap<>();
    env.put("ATRIUM_DB_URL", database.jdbcUrl());
    env.put("ATRIUM_DB_USER", EmbeddedDatabase.USER);
    env.put("ATRIUM_DB_PASSWORD", "postgres"); // trust authentication: any password is accepted
    env.put("ATRIUM_DEMO_SEED", Boolean.toString(settings.demoSeed()));
    micro = MicroProcess.start(settings, env);
    OUT.printf(
        "  Payara Micro starting on port %d, log in %s%n", settings.httpPort(), settings.log());

    URI base = new URI("http://localhost:" + settings.httpPort() + "/");
    if (!micro.awaitReady(base, settings.readyTimeout())) {
      System.err.println(
          micro.isAlive()
              ? "atrium: not ready after " + settings.readyTimeout().toSeconds() + " s"
              : "atrium: Payara Micro stopped during startup");
      System.err.println("--- last lines of " + settings.log());
      micro.tail().forEach(System.err::println);
      return 1;
    }
    String clearing = settings.demoSeed() ? demoClearing(base) : null;
    printWelcome(started, clearing);
    int code = micro.waitFor();
    if (!isStopped()) {
      System.err.println(
          "atrium: Payara Micro exited with code " + code + "; see " + settings.log());
      return code == 0 ? 1 : code;
    }
    return 0;
  }

  /**
   * The demo's clearing months, made through the API once the application answers; a failure is
   * reported and leaves the rest of the demo running.
   */
  private static String demoClearing(URI base) {
    try {
      return new DemoClearing(base).seed(DemoClearing.today());
    } catch (IOException e) {
      System.err.println("atrium: the demo's clearing runs were not made: " + e.getMessage());
      return "not made (see above)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private void printWelcome(long started, String clearing) {
    OUT.println();
    OUT.printf(
        "Atrium is ready after %s: http://localhost:%d/%n", elapsed(started), settings.httpPort());
    if (settings.demoSeed()) {
      OUT.println("  Demo logins, password Atrium#2026:");
      for (String[] login : LOGINS) {
        OUT.printf("    %-13s %s%n", login[0], login[1]);
      }
      OUT.println(
          "  Malls: XH 星汇广场 Star Harbour Mall, CD 星汇天地 Star Harbour Chengdu (one membership)");
      OUT.println("  Clearing runs: " + clearing);
      OUT.println(
          "  POS keys: key id pos-<tenant code>, secret demo-secret-<tenant code>,"
              + " e.g. pos-fb001 / demo-secret-fb001, pos-cd-fb01 / demo-secret-cd-fb01");
      OUT.println(
          "  Car park, WiFi and partner keys: park-xh, park-cd, wifi-xh, wifi-cd,"
              + " partner-demobank, secret demo-secret-<key id>");
    }
    OUT.printf(
        "  API: http://localhost:%d/api/v1  OpenAPI: http://localhost:%d/openapi%n",
        settings.httpPort(), settings.httpPort());
    OUT.println("Press Ctrl-C to stop.");
  }

  /** Idempotent: called by the main thread after Micro exits and by the shutdown hook on Ctrl-C. */
  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (micro != null && micro.isAlive()) {
        OUT.println("Stopping Payara Micro ...");
        micro.stop(Duration.ofSeconds(30));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (database != null) {
        OUT.println("Stopping PostgreSQL ...");
        database.close();
        database = null;
      }
    } catch (IOException e) {
      System.err.println("atrium: PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  private synchronized boolean isStopped() {
    return stopped;
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing " + what + ": " + file);
    }
  }

  private static void requireFreePort(int port) throws IOException {
    try (var socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new IOException(
          "port " + port + " is in use; stop what uses it or set ATRIUM_PORT to another port", e);
    }
  }

  private static String elapsed(long since) {
    return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
  }

  /** The folder of the launcher jar (or of the classes when run from an IDE). */
  private static Path launcherDir() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
