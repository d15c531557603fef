package com.atrium.ear;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        Path.of(
            System.getProperty("payara.home", build.resolve("payara-server/payara6").toString())),
        Path.of(
            System.getProperty("atrium.ear.domainDir", build.resolve("payara-domains").toString())),
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

  /**
   * A fresh domain: a copy of the distribution's domain1 moved to this port base. Whatever an
   * earlier, interrupted run left behind is stopped and removed first. Copying takes a second where
   * {@code asadmin create-domain --portbase} takes 15-30 s (it forks keytool several times); the
   * port map is strict, so a Payara upgrade that changes domain1 fails here, loudly, instead of
   * binding the default ports.
   */
  void createDomain() {
    Path domain = domainDir.resolve(DOMAIN);
    if (Files.isDirectory(domain)) {
      stop();
      deleteTree(domain);
    }
    try {
      Files.createDirectories(asadminLog.getParent());
      Files.deleteIfExists(asadminLog);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    copyTree(home.resolve("glassfish/domains/domain1"), domain);
    Path domainXml = domain.resolve("config/domain.xml");
    try {
      Files.writeString(
          domainXml,
          onPortBase(Files.readString(domainXml, StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * domain.xml of domain1 with the DAS's ports (the server-config part; default-config only names
   * them through system properties) moved the way {@code create-domain --portbase} would.
   */
  String onPortBase(String domainXml) {
    int defaultConfig = domainXml.indexOf("<config name=\"default-config\"");
    if (defaultConfig < 0) {
      throw new IllegalStateException("domain1's domain.xml has no default-config");
    }
    String das = domainXml.substring(0, defaultConfig);
    Map<String, String> moves = new LinkedHashMap<>();
    moves.put("port=\"8080\"", "port=\"" + (portBase + 80) + "\"");
    moves.put("port=\"8181\"", "port=\"" + (portBase + 81) + "\"");
    moves.put("port=\"4848\"", "port=\"" + (portBase + 48) + "\"");
    moves.put("port=\"3700\"", "port=\"" + (portBase + 37) + "\"");
    moves.put("port=\"3820\"", "port=\"" + (portBase + 38) + "\"");
    moves.put("port=\"3920\"", "port=\"" + (portBase + 39) + "\"");
    moves.put("port=\"8686\"", "port=\"" + (portBase + 86) + "\"");
    moves.put(
        "\"JMS_PROVIDER_PORT\" value=\"7676\"",
        "\"JMS_PROVIDER_PORT\" value=\"" + (portBase + 76) + "\"");
    moves.put("address=9009\"", "address=" + (portBase + 9) + "\"");
    moves.put("telnet.port=6666<", "telnet.port=" + (portBase + 66) + "<");
    moves.put("start-port=\"5900\"", "start-port=\"" + (portBase + 59) + "\"");
    moves.put("das-port=\"4900\"", "das-port=\"" + (portBase + 49) + "\"");
    for (Map.Entry<String, String> move : moves.entrySet()) {
      int at = das.indexOf(move.getKey());
      if (at < 0 || das.indexOf(move.getKey(), at + 1) >= 0) {
        throw new IllegalStateException(
            "domain1's domain.xml does not hold "
                + move.getKey()
                + " exactly once; update the port map");
      }
      das = das.replace(move.getKey(), move.getValue());
    }
    return das + domainXml.substring(defaultConfig);
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
    if (!isRunning()) {
      return;
    }
    asadmin(
        Duration.ofSeconds(120),
        Map.of(),
        "--port",
        Integer.toString(adminPort()),
        "undeploy",
        APPLICATION);
  }

  /** Stops the domain if its server process is alive (asadmin spends seconds on a stopped one). */
  void stop() {
    if (isRunning()) {
      asadmin(
          Duration.ofSeconds(120),
          Map.of(),
          "stop-domain",
          "--domaindir",
          domainDir.toString(),
          DOMAIN);
    }
  }

  private boolean isRunning() {
    Path pid = domainDir.resolve(DOMAIN).resolve("config/pid");
    try {
      return Files.isRegularFile(pid)
          && ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
              .map(ProcessHandle::isAlive)
              .orElse(false);
    } catch (IOException | NumberFormatException e) {
      return true; // unsure: let asadmin decide
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
      return String.join(
          System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /**
   * Runs asadmin with this JVM's java, without a terminal; returns its exit code (-1: timed out).
   */
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
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(asadminLog.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
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

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
