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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built WAR on its own Payara Micro: the shared {@link RunningAtrium}, or an Atrium of its own
 * for a test that must do something to it the shared one must not suffer (take its database away),
 * with the environment the test gives (at least {@code ATRIUM_DB_URL}), the demo seed on, its log
 * in {@code target/<name>[_f<fork>].log}. Stopped by {@link #close()}.
 */
public final class DedicatedAtrium implements AutoCloseable {

  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("atrium.it.startTimeoutSeconds", 240));

  private final URI baseUri;
  private final Process process;

  private DedicatedAtrium(URI baseUri, Process process) {
    this.baseUri = baseUri;
    this.process = process;
  }

  /** Starts and waits until /health/ready says UP. */
  public static DedicatedAtrium start(String name, Map<String, String> environment) {
    int httpPort = freePort();
    Path buildDir = Path.of(required("atrium.build.directory"));
    String own = name + TestDatabase.forkSuffix();
    Path rootDir = buildDir.resolve(own);
    deleteTree(rootDir);
    Path log = buildDir.resolve(own + ".log");
    List<String> command =
        new ArrayList<>(
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
                rootDir.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ATRIUM_DB_USER", TestDatabase.user());
    builder.environment().put("ATRIUM_DB_PASSWORD", TestDatabase.appPassword());
    builder.environment().put("ATRIUM_DEMO_SEED", "true");
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Payara Micro", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    DedicatedAtrium atrium =
        new DedicatedAtrium(URI.create("http://localhost:" + httpPort), process);
    try {
      atrium.awaitReady(log);
    } catch (RuntimeException e) {
      atrium.close();
      throw e;
    }
    return atrium;
  }

  public URI baseUri() {
    return baseUri;
  }

  private void awaitReady(Path log) {
    // HTTP/1.1: a default client asks for an h2c upgrade, and a probe that times out during
    // Grizzly's HTTP/2 preface left every later probe of that client hanging until the deadline
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest ready =
        HttpRequest.newBuilder(baseUri.resolve("/health/ready"))
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
      if (contains(log, "Exception while loading the app")) {
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
        process.waitFor(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        "Atrium not ready within " + START_TIMEOUT + " (last probe: " + last + "); see " + log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static boolean contains(Path log, String text) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
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
}
