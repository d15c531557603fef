package com.atrium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The quick start's clearing history (docs/clearing.md, "Demo data"): on a new data folder the
 * launcher makes, through the login and the operator API, the monthly runs of both demo malls, the
 * oldest two closed with four eyes, last month's in review and this month's a draft, each netting
 * to zero; a second start on the same folder keeps them as they are.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class DemoClearingIT {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(8);
  private static final Duration STOP_GRACE = Duration.ofSeconds(60);

  @Test
  void theFirstStartMakesTwoClosedMonthsOneInReviewAndADraftAndTheNextKeepsThem() throws Exception {
    Path work =
        Path.of(System.getProperty("atrium.build.directory", "target")).resolve("demo-clearing");
    deleteRecursively(work);
    Path data = work.resolve("data");
    int httpPort = LauncherProcess.freePort();
    int postgresPort = LauncherProcess.freePort();
    YearMonth month = YearMonth.from(DemoClearing.today());

    Path first = work.resolve("launcher-1.log");
    LauncherProcess launcher =
        LauncherProcess.start(data, httpPort, postgresPort, READY_TIMEOUT, first);
    try {
      launcher.awaitReady(READY_TIMEOUT, first);
      launcher.awaitText("Clearing runs:", READY_TIMEOUT, first);
      assertThat(Files.readString(first, StandardCharsets.UTF_8))
          .contains(
              "Clearing runs: XH, CD: "
                  + month.minusMonths(3)
                  + " and "
                  + month.minusMonths(2)
                  + " closed, "
                  + month.minusMonths(1)
                  + " in review, "
                  + month
                  + " a draft");
      List<String> expected = new ArrayList<>();
      for (String mall : DemoClearing.MALLS) {
        expected.add(row(mall, month.minusMonths(3), "CLOSED", "finance2"));
        expected.add(row(mall, month.minusMonths(2), "CLOSED", "finance2"));
        expected.add(row(mall, month.minusMonths(1), "IN_REVIEW", null));
        expected.add(row(mall, month, "DRAFT", null));
      }
      assertThat(runs(postgresPort)).containsExactlyElementsOf(expected);
      assertThat(statementsWithLines(postgresPort))
          .as("the closed months have tenants' statements with lines, not only the operator's")
          .isGreaterThan(10);
      assertThat(netsOfRuns(postgresPort)).hasSize(8).allMatch(net -> net.signum() == 0);

      assertThat(launcher.stop(STOP_GRACE)).isTrue();
      Path second = work.resolve("launcher-2.log");
      launcher = LauncherProcess.start(data, httpPort, postgresPort, READY_TIMEOUT, second);
      launcher.awaitReady(READY_TIMEOUT, second);
      launcher.awaitText("Clearing runs:", READY_TIMEOUT, second);
      assertThat(Files.readString(second, StandardCharsets.UTF_8))
          .contains("Clearing runs: kept from an earlier start");
      assertThat(runs(postgresPort)).containsExactlyElementsOf(expected);
    } finally {
      launcher.stop(STOP_GRACE);
    }
  }

  private static String row(String mall, YearMonth month, String status, String approvedBy) {
    return mall + " " + month.atDay(1) + " " + status + " finance " + approvedBy;
  }

  private static List<String> runs(int port) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect(port);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select m.code, r.period_start, r.status, r.started_by, r.approved_by"
                    + " from clearing_run r join mall m on m.id = r.mall_id"
                    + " where r.period_kind = 'MONTH'"
                    + " order by case m.code when 'XH' then 0 else 1 end, r.period_start")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getDate(2).toLocalDate()
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getString(5));
      }
    }
    return rows;
  }

  private static long statementsWithLines(int port) throws SQLException {
    try (Connection c = connect(port);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from clearing_statement st join clearing_run r on r.id = st.run_id"
                    + " where r.status = 'CLOSED' and st.party_kind = 'TENANT'"
                    + " and st.line_count > 0")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<BigDecimal> netsOfRuns(int port) throws SQLException {
    List<BigDecimal> nets = new ArrayList<>();
    try (Connection c = connect(port);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select sum(net) from clearing_statement group by run_id order by run_id")) {
      while (rs.next()) {
        nets.add(rs.getBigDecimal(1));
      }
    }
    return nets;
  }

  private static Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.NAME,
        EmbeddedDatabase.USER,
        "");
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
