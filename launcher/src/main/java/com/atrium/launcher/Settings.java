package com.atrium.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the quick start can be told through environment variables; everything has a default so that
 * {@code java -jar atrium-launcher.jar} needs none of them.
 *
 * @param httpPort {@code ATRIUM_PORT}, the port of the portal and API (default 8080)
 * @param dataDir {@code ATRIUM_DATA_DIR}, the folder that keeps the database, Payara's files and
 *     the log across restarts (default {@code ./data})
 * @param postgresPort {@code ATRIUM_PG_PORT}, the embedded PostgreSQL port (default 0: any free
 *     port)
 * @param readyTimeout {@code ATRIUM_READY_TIMEOUT}, seconds to wait for /health/ready (default 300)
 * @param demoSeed {@code ATRIUM_DEMO_SEED}, load the demo data set (default true)
 * @param war {@code ATRIUM_WAR}, the WAR to run (default atrium.war beside the launcher jar)
 * @param microJar {@code ATRIUM_MICRO_JAR}, the Payara Micro jar (default payara-micro.jar beside
 *     the launcher jar)
 * @param javaOptions {@code ATRIUM_JAVA_OPTS}, JVM options of Payara Micro, separated by spaces
 */
record Settings(
    int httpPort,
    Path dataDir,
    int postgresPort,
    Duration readyTimeout,
    boolean demoSeed,
    Path war,
    Path microJar,
    List<String> javaOptions) {

  /**
   * A demo starts far more often than it runs hot: with the client compiler alone Micro needs about
   * half the CPU time to become ready (measured: 12 s instead of 26 s on 2 cores), the serial
   * collector adds no threads competing for those cores, and 1 GB of heap is plenty for the demo.
   * {@code ATRIUM_JAVA_OPTS=""} restores the JVM's defaults.
   */
  static final String DEFAULT_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g";

  static Settings from(Map<String, String> env, Path launcherDir) {
    return new Settings(
        integer(env, "ATRIUM_PORT", 8080),
        Path.of(env.getOrDefault("ATRIUM_DATA_DIR", "data")).toAbsolutePath().normalize(),
        integer(env, "ATRIUM_PG_PORT", 0),
        Duration.ofSeconds(integer(env, "ATRIUM_READY_TIMEOUT", 300)),
        Boolean.parseBoolean(env.getOrDefault("ATRIUM_DEMO_SEED", "true")),
        path(env, "ATRIUM_WAR", launcherDir.resolve("atrium.war")),
        path(env, "ATRIUM_MICRO_JAR", launcherDir.resolve("payara-micro.jar")),
        words(env.getOrDefault("ATRIUM_JAVA_OPTS", DEFAULT_JAVA_OPTIONS)));
  }

  Path postgresDir() {
    return dataDir.resolve("postgres");
  }

  Path payaraDir() {
    return dataDir.resolve("payara");
  }

  Path log() {
    return dataDir.resolve("atrium.log");
  }

  Path postgresLog() {
    return dataDir.resolve("postgres.log");
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
    }
  }

  private static List<String> words(String value) {
    return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
  }

  private static Path path(Map<String, String> env, String name, Path fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Path.of(value).toAbsolutePath();
  }
}
