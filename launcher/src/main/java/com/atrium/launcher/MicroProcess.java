package com.atrium.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a child process: the same {@code java -jar payara-micro.jar --deploy atrium.war}
 * an installation runs, with its console relayed to a log file so that the terminal only shows the
 * launcher's own lines. The last lines are kept to explain a failed start.
 */
final class MicroProcess {

  private static final int TAIL_LINES = 40;

  private final Process process;
  private final Deque<String> tail = new ArrayDeque<>();

  private MicroProcess(Process process, Path log) {
    this.process = process;
    Thread relay = new Thread(() -> relay(log), "atrium-log-relay");
    relay.setDaemon(true);
    relay.start();
  }

  static MicroProcess start(Settings settings, Map<String, String> environment) throws IOException {
    Files.createDirectories(settings.payaraDir());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(settings.javaOptions());
    command.addAll(
        List.of(
            "-jar",
            settings.microJar().toString(),
            "--deploy",
            settings.war().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(settings.httpPort()),
            "--nocluster",
            "--rootdir",
            settings.payaraDir().toString()));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Files.writeString(
        settings.log(),
        System.lineSeparator() + "=== Atrium quick start " + Instant.now() + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return new MicroProcess(builder.start(), settings.log());
  }

  private void relay(Path log) {
    try (var in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var out =
            new PrintWriter(
                Files.newBufferedWriter(
                    log,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND),
                true)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the process is gone; its exit code tells the rest
    }
  }

  /**
   * Polls until the readiness endpoint answers 200 and the application itself answers. Readiness
   * includes the schema being current, so ready means the migrations and the demo seed have run;
   * but Micro's health endpoint answers 200 a few seconds before the application's own paths are
   * mapped (they answer 404 until then), so the application root is asked too.
   */
  boolean awaitReady(URI base, Duration timeout) throws InterruptedException {
    // HTTP/1.1: a default client asks for an h2c upgrade, and a probe that times out during
    // Grizzly's HTTP/2 preface left every later probe of that client hanging until the deadline
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      if (status(http, base.resolve("/health/ready")) == 200 && status(http, base) < 400) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** The status of a GET, or 0 while nothing answers. */
  private static int status(HttpClient http, URI uri) throws InterruptedException {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0; // not listening yet
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  List<String> tail() {
    synchronized (tail) {
      return List.copyOf(tail);
    }
  }

  /**
   * Asks Micro to shut down (SIGTERM runs its shutdown hooks), and insists after a grace period.
   */
  void stop(Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
