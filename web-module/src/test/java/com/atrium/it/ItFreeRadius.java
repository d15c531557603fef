package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real FreeRADIUS (Debian's freeradius 3 with rlm_rest) running the repository's radius/ site and
 * module from a private copy of /etc/freeradius/3.0, on free loopback ports, asking the running
 * Atrium with a WIFI_CONTROLLER key's basic credentials; driven with radclient as a controller
 * would. Every wait is bounded.
 */
final class ItFreeRadius implements AutoCloseable {

  static final String SECRET = "it-radius-" + Fixtures.unique();

  final int authPort;
  final int acctPort;
  private final Process process;
  private final List<String> log = new ArrayList<>();

  private ItFreeRadius(int authPort, int acctPort, Process process) {
    this.authPort = authPort;
    this.acctPort = acctPort;
    this.process = process;
  }

  static ItFreeRadius start(Fixtures.MachineKey key) throws Exception {
    Path dir = Files.createTempDirectory("atrium-radius");
    run(List.of("cp", "-a", "/etc/freeradius/3.0/.", dir.toString()));
    run(List.of("sh", "-c", "rm -f " + dir + "/sites-enabled/* " + dir + "/mods-enabled/eap"));
    Path repo = Path.of("..", "radius");
    Files.copy(repo.resolve("sites-available/atrium"), dir.resolve("sites-enabled/atrium"));
    Files.copy(repo.resolve("mods-available/atrium_rest"), dir.resolve("mods-enabled/atrium_rest"));
    Files.writeString(
        dir.resolve("clients.conf"),
        "client it {\n\tipaddr = 127.0.0.1\n\tsecret = " + SECRET + "\n}\n");
    // freeradius drops to user freerad: its files stay readable by that group
    run(List.of("chgrp", "-R", "freerad", dir.toString()));
    run(List.of("chmod", "-R", "g+rX", dir.toString()));
    run(List.of("chmod", "g+rx", dir.toString()));

    int auth = freePort();
    int acct = freePort();
    String base = RunningAtrium.baseUri().toString().replaceAll("/+$", "");
    ProcessBuilder pb =
        new ProcessBuilder("freeradius", "-f", "-l", "stdout", "-d", dir.toString())
            .redirectErrorStream(true);
    pb.environment().put("ATRIUM_URL", base);
    pb.environment().put("ATRIUM_WIFI_KEY_ID", key.keyId());
    pb.environment().put("ATRIUM_WIFI_SECRET", key.secret());
    pb.environment().put("ATRIUM_RADIUS_ADDRESS", "127.0.0.1");
    pb.environment().put("ATRIUM_RADIUS_AUTH_PORT", Integer.toString(auth));
    pb.environment().put("ATRIUM_RADIUS_ACCT_PORT", Integer.toString(acct));
    ItFreeRadius radius = new ItFreeRadius(auth, acct, pb.start());
    CountDownLatch ready = new CountDownLatch(1);
    CompletableFuture.runAsync(
        () -> {
          try (BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(radius.process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
              synchronized (radius.log) {
                radius.log.add(line);
              }
              if (line.contains("Ready to process requests")) {
                ready.countDown();
              }
            }
          } catch (IOException e) {
            // the process ended
          }
        });
    if (!ready.await(120, TimeUnit.SECONDS)) {
      radius.close();
      throw new AssertionError("FreeRADIUS did not start within 120 s: " + radius.log());
    }
    return radius;
  }

  String log() {
    synchronized (log) {
      return String.join("\n", log);
    }
  }

  /** radclient's output for one request of {@code kind} (auth or acct) with these attributes. */
  String send(String kind, String attributes) throws Exception {
    int port = kind.equals("auth") ? authPort : acctPort;
    Process p =
        new ProcessBuilder(
                "radclient", "-x", "-t", "60", "-r", "1", "127.0.0.1:" + port, kind, SECRET)
            .redirectErrorStream(true)
            .start();
    try (Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      w.write(attributes + "\n");
    }
    String out;
    try (var in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("radclient ends").isTrue();
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws SocketException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new UncheckedIOException(new IOException(command + " failed: " + out));
    }
  }
}
