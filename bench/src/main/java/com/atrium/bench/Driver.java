package com.atrium.bench;

import com.atrium.security.RequestSignature;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Drives signed POS accruals ({@code POST /api/v1/pos/sales}) against a running Atrium at a fixed
 * number of concurrent clients for a fixed time, and prints one {@code RESULT} line with the
 * throughput and the latency percentiles. Each client is a closed loop: it sends the next request
 * when the previous one has been answered. Every request has a unique receipt number and a random
 * member and tenant, and is signed exactly as the server verifies it ({@link RequestSignature}).
 *
 * <p>Bounded: it stops after the given seconds (plus at most the request timeout), talks only to
 * the loopback address it is given, and stops early after too many errors. Each client has its own
 * keep-alive {@link Connection}, so the driver costs the shared machine little CPU.
 *
 * <p>Modes: {@code accrual} (the default); {@code redeem}: points as cash ({@code POST
 * /api/v1/pos/point-payments}, 10 points off a bill of CNY 100 each) for members drawn from a file
 * of phones of members who have points, at tenants that accept points; {@code whoami}: the signed
 * request that does nearly nothing ({@code GET /api/v1/pos/whoami}: signature, key, nonce, one
 * small query), the floor under every POS call; {@code probe}: prints whether the API offers the
 * points-as-cash endpoint.
 */
public final class Driver {

  private static final String SALES = "/api/v1/pos/sales";
  private static final String POINT_PAYMENTS = "/api/v1/pos/point-payments";
  private static final String WHOAMI = "/api/v1/pos/whoami";
  private static final String QUOTES = "/api/v1/parking/quotes";
  private static final long MAX_ERRORS = 1_000;

  record Key(String id, String secret) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    URI base = URI.create(opt.getOrDefault("url", "http://127.0.0.1:8989"));
    String host = base.getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      throw new IllegalArgumentException("The bench only talks to the loopback address: " + base);
    }
    String mode = opt.getOrDefault("mode", "accrual");
    if (mode.equals("probe")) {
      probe(base);
      return;
    }
    int clients = Integer.parseInt(opt.getOrDefault("clients", "8"));
    double seconds = Double.parseDouble(opt.getOrDefault("seconds", "20"));
    long members = Long.parseLong(opt.getOrDefault("members", "100000"));
    String phonePrefix = opt.getOrDefault("phone-prefix", "199");
    String label = opt.getOrDefault("label", "accrual");
    List<Key> keys = keys(Path.of(opt.getOrDefault("keys", "keys.txt")));
    Driver driver = new Driver(base, keys, members, phonePrefix);
    if (mode.equals("redeem")) {
      driver.phones =
          Files.readAllLines(Path.of(opt.get("phones"))).stream()
              .filter(l -> !l.isBlank())
              .toList();
      if (driver.phones.isEmpty()) {
        throw new IllegalArgumentException("No member with points in " + opt.get("phones"));
      }
    }
    driver.whoami = mode.equals("whoami");
    if (mode.equals("quote")) {
      driver.plates = Long.parseLong(opt.getOrDefault("plates", "20000"));
    }
    driver.run(label, clients, seconds);
  }

  private final URI base;
  private final List<Key> keys;
  private final long members;
  private final String phonePrefix;
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicLong errors = new AtomicLong();
  private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
  private volatile String firstError;

  /** Redemption mode: the phones of members who have points. */
  private List<String> phones;

  /** Whoami mode: signed GETs of the caller's identity. */
  private boolean whoami;

  /**
   * Quote mode: the car park's quote at exit (signed with a CAR_PARK key) of a random bound plate
   * 沪B00001 .. 沪B<plates> (bench/plates.sql); 0 when not in quote mode.
   */
  private long plates;

  Driver(URI base, List<Key> keys, long members, String phonePrefix) {
    this.base = base;
    this.keys = keys;
    this.members = members;
    this.phonePrefix = phonePrefix;
  }

  void run(String label, int clients, double seconds) throws InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long[] okPerClient = new long[clients];
    for (int i = 0; i < clients; i++) {
      Histogram h = new Histogram(TimeUnit.MINUTE_MICROS, 3);
      histograms.add(h);
      int client = i;
      Thread t =
          new Thread(
              () -> okPerClient[client] = loop(label, clients, client, deadline, h), "bench-" + i);
      threads.add(t);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(TimeUnit.MINUTE_MICROS, 3);
    histograms.forEach(all::add);
    long ok = 0;
    for (long n : okPerClient) {
      ok += n;
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT %s clients=%d ok=%d errors=%d seconds=%.1f rate=%.1f p50=%.1f p99=%.1f max=%.1f%n",
        label,
        clients,
        ok,
        errors.get(),
        elapsed,
        ok / elapsed,
        all.getValueAtPercentile(50) / 1000.0,
        all.getValueAtPercentile(99) / 1000.0,
        all.getMaxValue() / 1000.0);
    if (errors.get() > 0) {
      System.out.println("ERRORS " + new TreeMap<>(errorKinds) + " first: " + firstError);
    }
  }

  private long loop(String label, int clients, int client, long deadline, Histogram h) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long ok = 0;
    long seq = 0;
    try (Connection connection = new Connection(base.getHost(), port(base))) {
      while (System.nanoTime() < deadline && errors.get() < MAX_ERRORS) {
        Key key = keys.get(random.nextInt(keys.size()));
        String reference = "BENCH-" + runId + "-" + clients + "-" + client + "-" + seq++;
        String path;
        String body;
        if (whoami) {
          path = WHOAMI;
          body = "";
        } else if (plates > 0) {
          long n = 1 + random.nextLong(plates);
          long exit = System.currentTimeMillis() / 1000;
          path = QUOTES;
          body =
              "{\"sessionId\":\""
                  + reference
                  + "\",\"plate\":\"沪B"
                  + String.format(Locale.ROOT, "%05d", n)
                  + "\",\"enteredAt\":\""
                  + java.time.Instant.ofEpochSecond(exit - 3 * 3600 - random.nextInt(3600))
                  + "\",\"exitedAt\":\""
                  + java.time.Instant.ofEpochSecond(exit)
                  + "\",\"feeFen\":2500}";
        } else if (phones == null) {
          long member = 1 + random.nextLong(members);
          String phone = phonePrefix + String.format(Locale.ROOT, "%08d", member);
          BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextLong(199_000), 2);
          path = SALES;
          body =
              "{\"phone\":\""
                  + phone
                  + "\",\"receiptNumber\":\""
                  + reference
                  + "\",\"amount\":"
                  + amount.toPlainString()
                  + "}";
        } else {
          path = POINT_PAYMENTS;
          body =
              "{\"phone\":\""
                  + phones.get(random.nextInt(phones.size()))
                  + "\",\"paymentReference\":\""
                  + reference
                  + "\",\"billAmount\":100.00,\"points\":10}";
        }
        long t0 = System.nanoTime();
        try {
          Connection.Response response = signed(connection, key, path, body);
          long micros = (System.nanoTime() - t0) / 1_000;
          if (response.status() == (whoami || plates > 0 ? 200 : 201)) {
            h.recordValue(Math.min(micros, TimeUnit.MINUTE_MICROS));
            ok++;
          } else {
            error("HTTP " + response.status(), response.body());
          }
        } catch (IOException e) {
          error(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
      }
    }
    return ok;
  }

  private void error(String kind, String detail) {
    errors.incrementAndGet();
    errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    if (firstError == null) {
      firstError = kind + " " + detail;
    }
  }

  private Connection.Response signed(Connection connection, Key key, String path, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    long now = System.currentTimeMillis() / 1000;
    String nonce = nonce();
    String sha = RequestSignature.sha256Hex(bytes);
    String method = whoami ? "GET" : "POST";
    String signature =
        RequestSignature.sign(
            key.secret(), RequestSignature.canonical(method, path, now, nonce, sha));
    return connection.send(
        method,
        path,
        bytes,
        "Content-Type",
        "application/json",
        "Accept",
        "application/json",
        RequestSignature.KEY_ID,
        key.id(),
        RequestSignature.TIMESTAMP,
        Long.toString(now),
        RequestSignature.NONCE,
        nonce,
        RequestSignature.CONTENT_SHA256,
        sha,
        RequestSignature.SIGNATURE,
        signature);
  }

  private static String nonce() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return Long.toHexString(r.nextLong() | Long.MIN_VALUE)
        + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
  }

  /** Whether the deployed API describes a points-as-cash endpoint (its OpenAPI document). */
  private static void probe(URI base) throws IOException {
    try (Connection connection = new Connection(base.getHost(), port(base))) {
      Connection.Response openapi = connection.send("GET", "/openapi", new byte[0]);
      boolean present = openapi.status() == 200 && openapi.body().contains(POINT_PAYMENTS);
      System.out.println("PROBE point-payments=" + (present ? "present" : "absent"));
    }
  }

  private static int port(URI base) {
    return base.getPort() < 0 ? 80 : base.getPort();
  }

  private static List<Key> keys(Path file) throws IOException {
    List<Key> keys = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      int bar = line.indexOf('|');
      if (bar > 0) {
        keys.add(new Key(line.substring(0, bar), line.substring(bar + 1)));
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("No POS keys (key_id|secret lines) in " + file);
    }
    return keys;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (String a : args) {
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new IllegalArgumentException("Options are --name=value, got " + a);
      }
      opt.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    return opt;
  }

  private static final class TimeUnit {
    static final long MINUTE_MICROS = 60_000_000L;
  }
}
