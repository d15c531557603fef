package com.atrium.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * dropped or started then. The Micro log goes to {@code target/it-micro.log}.
 */
public final class RunningAtrium implements BeforeAllCallback {

  public static final String DATABASE = TestDatabase.named("atrium_it");
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("atrium.it.startTimeoutSeconds", 240));
  private static final Duration POLL = Duration.ofMillis(250);

  private static volatile Instance instance;
  private static volatile RuntimeException startFailure;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Instance.class, key -> start(), Instance.class);
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
    int httpPort = freePort();
    Path buildDir = Path.of(required("atrium.build.directory"));
    Path rootDir = buildDir.resolve("it-micro");
    deleteTree(rootDir);
    Path log = buildDir.resolve("it-micro.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    required("payara.microJar"),
                    "--deploy",
                    required("atrium.war"),
                    "--contextroot",
                    "/",
                    "--port",
                    Integer.toString(httpPort),
                    "--nocluster",
                    "--rootdir",
                    rootDir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("ATRIUM_DB_URL", dbUrl);
    env.put("ATRIUM_DB_USER", user);
    env.put("ATRIUM_DB_PASSWORD", TestDatabase.appPassword());
    env.put("ATRIUM_DEMO_SEED", "true");
    // the tests are the proxy: PortalClient names each client's address in X-Forwarded-For
    env.put("ATRIUM_LOGIN_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Payara Micro", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    URI base = URI.create("http://localhost:" + httpPort);
    awaitReady(process, base, log);
    instance = new Instance(base, new ItDatabase(dbUrl, user, password), process);
    return instance;
  }

  /** Polls /health/ready until it says UP; fails early when the process dies. */
  private static void awaitReady(Process process, URI base, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(base.resolve("/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    // what the probe said last, so that a start that never becomes ready says why
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + process.exitValue() + "; see " + log);
      }
      if (deploymentFailed(log)) {
        process.destroyForcibly();
        throw new IllegalStateException("Atrium failed to deploy; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        // not listening yet
        last = String.valueOf(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Atrium not ready within " + START_TIMEOUT + " (last probe: " + last + "); see " + log);
  }

  /** Micro keeps running when the application fails to deploy; its log says so. */
  private static boolean deploymentFailed(Path log) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1)
          .contains("Exception while loading the app");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String required(String property) {
    String v = System.getProperty(property);
    if (v == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set (run the ITs with mvn verify)");
    }
    return v;
  }

  /** The running server; JUnit closes it once, after the last test of the JVM. */
  private record Instance(URI baseUri, ItDatabase database, Process process)
      implements ExtensionContext.Store.CloseableResource {

    @Override
    public void close() throws InterruptedException {
      instance = null;
      if (process == null) {
        return;
      }
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
