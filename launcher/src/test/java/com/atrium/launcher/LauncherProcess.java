package com.atrium.launcher;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The built quick start ({@code java -jar atrium-launcher.jar}) as an operator runs it: started
 * with its environment, stopped with SIGTERM (what Ctrl-C does), its terminal output kept in a file
 * of the data folder. Tests use it to see the launcher from outside.
 */
final class LauncherProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final Process process;
  private final int httpPort;

  private LauncherProcess(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  /** The launcher jar built by this module (failsafe passes its path). */
  static Path jar() {
    return Path.of(System.getProperty("atrium.launcher.jar", "target/atrium-launcher.jar"))
        .toAbsolutePath();
  }

  static LauncherProcess start(
      Path dataDir, int httpPort, int postgresPort, Duration readyTimeout, Path console)
      throws IOException {
    Files.createDirectories(dataDir);
    var builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toString())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(console.toFile()));
    builder
        .environment()
        .putAll(
            Map.of(
                "ATRIUM_PORT", Integer.toString(httpPort),
                "ATRIUM_PG_PORT", Integer.toString(postgresPort),
                "ATRIUM_DATA_DIR", dataDir.toString(),
                "ATRIUM_READY_TIMEOUT", Long.toString(readyTimeout.toSeconds()),
                "ATRIUM_DEMO_SEED", "true"));
    return new LauncherProcess(builder.start(), httpPort);
  }

  URI baseUri() {
    return URI.create("http://localhost:" + httpPort + "/");
  }

  /** The status of {@code /health/ready}, or empty while nothing answers on the port. */
  Optional<Integer> readiness() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
              .timeout(Duration.ofSeconds(5))
              .build();
      return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Waits for the launcher's own "Atrium is ready" line (it asks readiness and the application);
   * fails when the launcher exits first or the deadline passes.
   */
  void awaitReady(Duration timeout, Path console) throws InterruptedException, IOException {
    awaitText("Atrium is ready", timeout, console);
  }

  /**
   * Waits for an ASCII text in the launcher's console (read as Latin-1: a line being written may
   * end mid-character), whose later banner lines may not be there yet when "Atrium is ready" is.
   */
  void awaitText(String text, Duration timeout, Path console)
      throws InterruptedException, IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(console)
          && Files.readString(console, StandardCharsets.ISO_8859_1).contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the launcher exited with " + process.exitValue() + ":\n" + tail(console));
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no \"" + text + "\" after " + timeout + ":\n" + tail(console));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Micro, the JVM the launcher started (PostgreSQL runs detached, in its own process group). */
  List<ProcessHandle> children() {
    return process.children().toList();
  }

  /**
   * What Ctrl-C does: SIGTERM, on which the launcher stops Micro and then PostgreSQL. Returns
   * whether it exited within the grace period; if not, it and its children are killed.
   */
  boolean stop(Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return true;
    }
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    return false;
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String tail(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "(no " + file + ")";
    }
    List<String> lines =
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
