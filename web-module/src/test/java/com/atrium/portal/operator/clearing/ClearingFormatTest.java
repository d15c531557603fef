package com.atrium.portal.operator.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.RunView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The clearing pages write the service's figures as they are: grouped, never rounded again. */
class ClearingFormatTest {

  private final ClearingFormat format = new ClearingFormat();

  @Test
  void amountsHaveTwoDecimalsAndGroupsAndAreNeverRounded() {
    assertThat(format.amount(new BigDecimal("-13.57"))).isEqualTo("-13.57");
    assertThat(format.amount(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
    assertThat(format.amount(new BigDecimal("0"))).isEqualTo("0.00");
    // a figure with more decimals than an amount has is shown in full, not rounded to look right
    assertThat(format.amount(new BigDecimal("0.075"))).isEqualTo("0.075");
    assertThat(format.amount(null)).isEmpty();
  }

  @Test
  void ratesPercentagesAndPoints() {
    assertThat(format.rate(new BigDecimal("0.011"))).isEqualTo("0.0110");
    assertThat(format.rate(null)).isEmpty();
    assertThat(format.percent(new BigDecimal("1.5"))).isEqualTo("1.50");
    assertThat(format.points(1234567)).isEqualTo("1,234,567");
    assertThat(format.points(-617)).isEqualTo("-617");
  }

  @Test
  void periodsAndInstantsInTheRunsZone() {
    assertThat(format.period(run(PeriodKind.MONTH, LocalDate.of(2026, 11, 1))))
        .isEqualTo("2026-11");
    assertThat(format.period(run(PeriodKind.DAY, LocalDate.of(2026, 11, 5))))
        .isEqualTo("2026-11-05");
    // a rate period's end at the mall's midnight is its day; a change at 09:30 shows the time
    assertThat(format.instant(Instant.parse("2026-11-15T16:00:00Z"), "Asia/Shanghai"))
        .isEqualTo("2026-11-16");
    assertThat(format.instant(Instant.parse("2026-11-16T01:30:00Z"), "Asia/Shanghai"))
        .isEqualTo("2026-11-16 09:30");
    assertThat(format.moment(Instant.parse("2026-11-15T16:00:00Z"), "Asia/Shanghai"))
        .isEqualTo("2026-11-16 00:00");
    assertThat(format.shortDigest("3f0c9a1b2c3d4e5f")).isEqualTo("3f0c9a1b");
  }

  private static RunView run(PeriodKind kind, LocalDate start) {
    return new RunView(
        1,
        "XH",
        kind,
        start,
        start.plusDays(1),
        "Asia/Shanghai",
        Instant.EPOCH,
        Instant.EPOCH,
        BigDecimal.ZERO,
        RunStatus.DRAFT,
        "d",
        "a",
        Instant.EPOCH,
        "a",
        Instant.EPOCH,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
