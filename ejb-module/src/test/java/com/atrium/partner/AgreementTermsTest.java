package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of an agreement: rates and rounding both ways, limits, fee, reversal window. */
class AgreementTermsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 10 partner points → 1 mall point in; 100 mall points → 8 miles out. */
  static AgreementTerms terms(Rounding rounding) {
    return new AgreementTerms(
        10,
        1,
        100,
        8,
        rounding,
        10,
        5_000,
        8_000,
        20_000,
        100_000,
        new BigDecimal("0.0100"),
        new BigDecimal("0.50"),
        new BigDecimal("1.00"),
        AgreementTerms.DEFAULT_REVERSAL_GRACE_MINUTES);
  }

  @ParameterizedTest(name = "{0} partner units in, {1}: {2} points")
  @CsvSource({
    "1000, DOWN, 100",
    "1009, DOWN, 100",
    "1004, HALF_UP, 100",
    "1005, HALF_UP, 101",
    "1001, UP, 101",
    "1000, UP, 100",
    "9, DOWN, 0",
    "9, UP, 1"
  })
  void exchangeInAppliesTheRateAndTheRounding(long partnerUnits, Rounding rounding, long points) {
    assertThat(terms(rounding).pointsIn(partnerUnits)).isEqualTo(points);
  }

  @ParameterizedTest(name = "{0} points out, {1}: {2} partner units")
  @CsvSource({
    "1000, DOWN, 80",
    "1010, DOWN, 80",
    "1012, DOWN, 80",
    "1006, HALF_UP, 80",
    "1007, HALF_UP, 81",
    "1001, UP, 81",
    "1000, UP, 80",
    "12, DOWN, 0"
  })
  void exchangeOutAppliesTheRateAndTheRounding(long points, Rounding rounding, long units) {
    assertThat(terms(rounding).partnerAmountOut(points)).isEqualTo(units);
  }

  @Test
  void aNonPositiveAmountIsRefused() {
    assertThatThrownBy(() -> terms(Rounding.DOWN).pointsIn(0))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("AMOUNT_INVALID");
    assertThatThrownBy(() -> terms(Rounding.DOWN).partnerAmountOut(-5))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("AMOUNT_INVALID");
  }

  @Test
  void perExchangeBoundsAreInclusive() {
    AgreementTerms t = terms(Rounding.DOWN);
    t.checkPerExchange(10);
    t.checkPerExchange(5_000);
    assertThat(code(() -> t.checkPerExchange(9))).isEqualTo("EXCHANGE_BELOW_MINIMUM");
    assertThat(code(() -> t.checkPerExchange(5_001))).isEqualTo("EXCHANGE_ABOVE_MAXIMUM");
  }

  @Test
  void limitsAllowExactlyUpToTheirValue() {
    AgreementTerms t = terms(Rounding.DOWN);
    t.checkLimits(1_000, new AgreementTerms.Usage(7_000, 7_000, 7_000));
    assertThat(code(() -> t.checkLimits(1_001, new AgreementTerms.Usage(7_000, 7_000, 7_000))))
        .isEqualTo("MEMBER_DAILY_LIMIT");
    t.checkLimits(1_000, new AgreementTerms.Usage(0, 19_000, 0));
    assertThat(code(() -> t.checkLimits(1_001, new AgreementTerms.Usage(0, 19_000, 0))))
        .isEqualTo("MEMBER_MONTHLY_LIMIT");
    t.checkLimits(1_000, new AgreementTerms.Usage(0, 0, 99_000));
    assertThat(code(() -> t.checkLimits(1_001, new AgreementTerms.Usage(0, 0, 99_000))))
        .isEqualTo("PARTNER_DAILY_CAP");
  }

  @Test
  void zeroMeansNoLimit() {
    AgreementTerms t =
        new AgreementTerms(
            1,
            1,
            1,
            1,
            Rounding.DOWN,
            1,
            0,
            0,
            0,
            0,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            0);
    t.checkPerExchange(Long.MAX_VALUE / 2);
    t.checkLimits(1_000_000, new AgreementTerms.Usage(1L << 40, 1L << 40, 1L << 40));
  }

  @Test
  void theFeeIsTheFixedPartPlusAPercentageOfTheValue() {
    AgreementTerms t = terms(Rounding.DOWN);
    // 1234 points at 0.01 = 12.34 CNY; 1% of it 0.1234 -> 0.50 + 0.12 = 0.62
    assertThat(t.valueOf(1_234)).isEqualByComparingTo("12.34");
    assertThat(t.feeOf(1_234)).isEqualTo(new BigDecimal("0.62"));
    assertThat(t.feeOf(150)).isEqualTo(new BigDecimal("0.52")); // 0.50 + 0.015 rounded half up
  }

  @Test
  void theReversalWindowIsTheBusinessDayPlusThreeHours() {
    AgreementTerms t = terms(Rounding.DOWN);
    // 2026-12-03 23:59 in Shanghai is 15:59Z; the window ends 2026-12-04 03:00 Shanghai = 19:00Z
    Instant lateEvening = Instant.parse("2026-12-03T15:59:00Z");
    assertThat(t.reversibleUntil(lateEvening, SHANGHAI))
        .isEqualTo(Instant.parse("2026-12-03T19:00:00Z"));
    // just after local midnight is the next business day: its window ends a day later
    Instant afterMidnight = Instant.parse("2026-12-03T16:00:00Z");
    assertThat(t.reversibleUntil(afterMidnight, SHANGHAI))
        .isEqualTo(Instant.parse("2026-12-04T19:00:00Z"));
  }

  @Test
  void anExchangeIsReversibleUpToButExcludingTheEndOfItsWindow() {
    Instant until = Instant.parse("2026-12-03T19:00:00Z");
    Exchange e =
        new Exchange(
            1,
            "T1",
            7,
            8,
            1,
            Direction.IN,
            100,
            1000,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            false,
            "h",
            1,
            java.time.LocalDate.of(2026, 12, 3),
            Instant.parse("2026-12-03T10:00:00Z"),
            until);
    assertThat(e.checkReversible(until.minusMillis(1))).isTrue();
    assertThat(code(() -> e.checkReversible(until))).isEqualTo("REVERSAL_WINDOW_CLOSED");
  }

  static String code(Runnable r) {
    try {
      r.run();
    } catch (DomainException e) {
      return e.code();
    }
    return null;
  }
}
