import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * DatabaseCrashIT's kill without Atrium, for measuring a setting in seconds instead of minutes: the
 * quick start's embedded PostgreSQL with the given synchronous_commit, four writers committing one
 * row per transaction, kill -9 of the postmaster's process group, a restart on the same folder,
 * and the count of acknowledged commits that are gone.
 *
 * <pre>java -cp 'launcher/target/lib/*' bench/KillCommits.java off 5</pre>
 */
public class KillCommits {

  public static void main(String[] args) throws Exception {
    String synchronousCommit = args[0];
    int seconds = Integer.parseInt(args[1]);
    int writers = 4;
    Path dir = Files.createTempDirectory("kill-commits");
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    EmbeddedPostgres postgres = start(dir, port, synchronousCommit);
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("create table sale (receipt text primary key, amount numeric)");
    }

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService executor = Executors.newFixedThreadPool(writers);
    for (int w = 0; w < writers; w++) {
      int writer = w;
      executor.submit(
          () -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement insert = c.prepareStatement("insert into sale values (?, 88.50)")) {
              for (int n = 0; running.get(); n++) {
                insert.setString(1, writer + "-" + n);
                insert.executeUpdate(); // autocommit: returns once the commit is acknowledged
                acknowledged.add(writer + "-" + n);
              }
            } catch (SQLException e) {
              // the kill
            }
            return null;
          });
    }
    long started = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
    new ProcessBuilder("kill", "-KILL", "--", "-" + postmaster).start().waitFor();
    double elapsed = (System.nanoTime() - started) / 1e9;
    running.set(false);
    executor.shutdown();
    executor.awaitTermination(30, TimeUnit.SECONDS);
    postgres.close(); // pg_ctl stop fails on the dead cluster; this releases zonky's lock

    postgres = start(dir, port, synchronousCommit);
    Set<String> present = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select receipt from sale")) {
      while (rs.next()) {
        present.add(rs.getString(1));
      }
    }
    postgres.close();
    long lost = acknowledged.stream().filter(r -> !present.contains(r)).count();
    System.out.printf(
        "synchronous_commit=%s: %d commits acknowledged in %.1f s (%.0f/s, %d writers),"
            + " %d lost after kill -9 and recovery%n",
        synchronousCommit, acknowledged.size(), elapsed, acknowledged.size() / elapsed, writers, lost);
  }

  private static EmbeddedPostgres start(Path dir, int port, String synchronousCommit)
      throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setRegisterShutdownHook(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", synchronousCommit)
        .setServerConfig("full_page_writes", "on")
        .setPGStartupWait(Duration.ofMinutes(5))
        .start();
  }
}
