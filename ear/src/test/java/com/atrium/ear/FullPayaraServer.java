package com.atrium.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * One full Payara Server domain of the integration test, driven through asadmin: its own domain
 * folder under target/ and its own port base, so it never meets the Payara Micro instances that run
 * on the default ports. Every asadmin call is appended to {@code target/asadmin.log}; the server
 * writes {@code <domain>/logs/server.log}.
 */
final class FullPayaraServer {

  static final String DOMAIN = "atrium";
  static final String APPLICATION = "atrium";

  private final Path home;
  private final Path domainDir;
  private final int portBase;
  private final Path asadminLog;

  FullPayaraServer(Path home, Path domainDir, int portBase, Path asadminLog) {
    this.home = home;
    this.domainDir = domainDir;
    this.portBase = portBase;
    this.asadminLog = asadminLog;
  }

  static FullPayaraServer fromSystemProperties() {
    Path build = Path.of(System.getProperty("atrium.build.directory", "target"));
    return new FullPayaraServer(
        Path.of(System.getProperty("payara.home", build.resolve("payara-server/payara6").toString())),
        Path.of(System.getProperty("atrium.ear.domainDir", build.resolve("payara-domains").toString())),
        Integer.getInteger("atrium.ear.portbase", 28000),
        build.resolve("asadmin.log"));
  }

  int httpPort() {
    return portBase + 80;
  }

  int adminPort() {
    return portBase + 48;
  }

  Path serverLog() {
    return domainDir.resolve(DOMAIN).resolve("logs/server.log");
  }

  /** A fresh domain: whatever an earlier, interrupted run left behind is stopped and removed. */
  void createDomain() {
    if (Files.isDirectory(domainDir.resolve(DOMAIN))) {
      asadmin(Duration.ofSeconds(60), Map.of(), "stop-domain", "--domaindir", domainDir.toString(), DOMAIN);
      deleteTree(domainDir.resolve(DOMAIN));
    }
    require(
        asadmin(
            Duration.ofSeconds(180),
            Map.of(),
            "create-domain",
            "--nopassword=true",
            "--portbase",
            Integer.toString(portBase),
            "--domaindir",
            domainDir.toString(),
            DOMAIN),
        "create-domain");
  }

  /**
   * Starts the domain; the server process inherits {@code environment} on top of this JVM's (a null
   * value removes a variable).
   */
  void start(Map<String, String> environment) {
    require(
        asadmin(
            Duration.ofSeconds(240),
            environment,
            "start-domain",
            "--domaindir",
            domainDir.toString(),
            DOMAIN),
        "start-domain");
  }

  /** Deploys synchronously: when this returns, the application's startup beans have run. */
  void deploy(Path ear) {
    require(
        asadmin(
            Duration.ofSeconds(300),
            Map.of(),
            "--port",
            Integer.toString(adminPort()),
            "deploy",
            "--force=true",
            "--name",
            APPLICATION,
            ear.toString()),
        "deploy " + ear.getFileName());
  }

  /** Best effort: the domain is removed with the next run anyway. */
  void undeploy() {
    asadmin(Duration.ofSeconds(120), Map.of(), "--port", Integer.toString(adminPort()), "undeploy", APPLICATION);
  }

  void stop() {
    if (Files.isDirectory(domainDir.resolve(DOMAIN))) {
      asadmin(Duration.ofSeconds(120), Map.of(), "stop-domain", "--domaindir", domainDir.toString(), DOMAIN);
    }
  }

  /** The last lines of server.log, for a failure report. */
  String serverLogTail(int lines) {
    Path log = serverLog();
    if (!Files.isRegularFile(log)) {
      return "(no server log at " + log + ")";
    }
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /** Runs asadmin with this JVM's java, without a terminal; returns its exit code (-1: timed out). */
  private int asadmin(Duration timeout, Map<String, String> environment, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(home.resolve("glassfish/lib/client/appserver-cli.jar").toString());
    command.add("--interactive=false");
    command.add("--user");
    command.add("admin");
    command.addAll(List.of(arguments));
    try {
      Files.createDirectories(asadminLog.getParent());
      Files.writeString(
          asadminLog,
          Instant.now() + " $ asadmin " + String.join(" ", arguments) + System.lineSeparator(),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(asadminLog.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      // a null value removes the variable, so that the application's own default applies
      environment.forEach(
          (name, value) -> {
            if (value == null) {
              builder.environment().remove(name);
            } else {
              builder.environment().put(name, value);
            }
          });
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during asadmin " + arguments[0], e);
    }
  }

  private void require(int exitCode, String what) {
    if (exitCode != 0) {
      throw new IllegalStateException(
          "asadmin "
              + what
              + (exitCode < 0 ? " timed out" : " failed with exit code " + exitCode)
              + "; see "
              + asadminLog
              + " and "
              + serverLog());
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
