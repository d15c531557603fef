package com.atrium.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import com.atrium.report.DashboardRange.Preset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DashboardRangeTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void presetsCountBackFromToday() {
    assertThat(days(Preset.TODAY)).containsExactly(TODAY, TODAY);
    assertThat(days(Preset.LAST_7_DAYS)).containsExactly(LocalDate.of(2026, 3, 9), TODAY);
    assertThat(days(Preset.THIS_MONTH)).containsExactly(LocalDate.of(2026, 3, 1), TODAY);
    // last month of a leap year's March is 29 days of February
    assertThat(DashboardRange.of(Preset.LAST_MONTH, LocalDate.of(2028, 3, 31), null, null))
        .extracting(DashboardRange::first, DashboardRange::last, DashboardRange::days)
        .containsExactly(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), 29L);
    assertThat(DashboardRange.of(Preset.LAST_MONTH, LocalDate.of(2026, 1, 10), null, null))
        .extracting(DashboardRange::first, DashboardRange::last)
        .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
    DashboardRange year = DashboardRange.of(Preset.LAST_365_DAYS, TODAY, null, null);
    assertThat(year.first()).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(year.days()).isEqualTo(365);
  }

  @Test
  void aRangeIsWholeDaysOfTheZone() {
    DashboardRange today = DashboardRange.of(Preset.TODAY, TODAY, null, null);
    assertThat(today.from(SHANGHAI)).isEqualTo(Instant.parse("2026-03-14T16:00:00Z"));
    assertThat(today.to(SHANGHAI)).isEqualTo(Instant.parse("2026-03-15T16:00:00Z"));
  }

  @Test
  void aCustomRangeIsCheckedAndAtMostALeapYear() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    assertThat(DashboardRange.of(Preset.CUSTOM, TODAY, from, from.plusDays(365)).days())
        .isEqualTo(366);
    assertThatThrownBy(() -> DashboardRange.of(Preset.CUSTOM, TODAY, from, from.plusDays(366)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RANGE_TOO_LONG"));
    assertThatThrownBy(() -> DashboardRange.of(Preset.CUSTOM, TODAY, from, from.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RANGE_INVALID"));
    assertThatThrownBy(() -> DashboardRange.of(Preset.CUSTOM, TODAY, null, from))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RANGE_INVALID"));
  }

  private static LocalDate[] days(Preset preset) {
    DashboardRange r = DashboardRange.of(preset, TODAY, null, null);
    return new LocalDate[] {r.first(), r.last()};
  }
}
