package com.atrium.wifi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Accounting totals only grow: a replayed or late report changes nothing. */
class WifiSessionTest {

  static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");

  @Test
  void aReplayedOrLateReportChangesNothing() {
    WifiSession s = new WifiSession(1, "A-1", 42, "mac", LocalDate.of(2026, 12, 3), T0);
    s.report(WifiSession.Report.INTERIM, 100, 900, 600, T0);
    s.report(WifiSession.Report.INTERIM, 100, 900, 600, T0);
    s.report(WifiSession.Report.START, 0, 0, 0, T0);
    assertThat(s.usedBytes()).isEqualTo(1000);
    assertThat(s.sessionSeconds()).isEqualTo(600);
    assertThat(s.stopped()).isFalse();
    s.report(WifiSession.Report.STOP, 150, 1000, 700, T0);
    assertThat(s.usedBytes()).isEqualTo(1150);
    assertThat(s.stopped()).isTrue();
  }
}
