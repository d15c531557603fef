package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of a new agreement version judged at once, each refusal naming its field. */
class AgreementDraftTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static AgreementDraft draft(
      LocalDate day, long min, long max, long daily, long monthly, String cost, String percent) {
    return new AgreementDraft(
        day,
        10L,
        1L,
        100L,
        8L,
        Rounding.DOWN,
        min,
        max,
        daily,
        monthly,
        0L,
        new BigDecimal(cost),
        new BigDecimal("0.50"),
        new BigDecimal(percent),
        180);
  }

  private static List<String> fields(AgreementDraft d) {
    return d.problems(TODAY).stream().map(p -> p.field() + ":" + p.code()).toList();
  }

  @Test
  void aGoodDraftFromTomorrowHasNoProblemAndGivesItsTerms() {
    AgreementDraft d = draft(TODAY.plusDays(1), 10, 5000, 100, 300, "0.01", "1");
    assertThat(d.problems(TODAY)).isEmpty();
    AgreementTerms t = d.terms();
    assertThat(t.pointsIn(1009)).isEqualTo(100);
    assertThat(t.feePercent()).isEqualByComparingTo("1.00");
    assertThat(t.feePercent().scale()).isEqualTo(2);
  }

  @Test
  void todayOrEarlierIsRefusedAsTheDay() {
    assertThat(fields(draft(TODAY, 10, 5000, 0, 0, "0.01", "1")))
        .containsExactly("effectiveDay:AGREEMENT_DAY_INVALID");
    assertThat(fields(draft(null, 10, 5000, 0, 0, "0.01", "1")))
        .containsExactly("effectiveDay:AGREEMENT_DAY_INVALID");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    AgreementDraft d =
        new AgreementDraft(
            TODAY.plusDays(2),
            0L,
            -1L,
            null,
            AgreementDraft.MAX_RATE + 1,
            null,
            0L,
            -5L,
            -1L,
            0L,
            -1L,
            new BigDecimal("0.00001"),
            new BigDecimal("0.001"),
            new BigDecimal("100.01"),
            -1);
    assertThat(fields(d))
        .containsExactly(
            "rateInFrom:AGREEMENT_RATE_INVALID",
            "rateInTo:AGREEMENT_RATE_INVALID",
            "rateOutFrom:AGREEMENT_RATE_INVALID",
            "rateOutTo:AGREEMENT_RATE_INVALID",
            "rounding:AGREEMENT_ROUNDING_REQUIRED",
            "minPoints:AGREEMENT_MIN_INVALID",
            "maxPoints:AGREEMENT_LIMIT_INVALID",
            "memberDailyPoints:AGREEMENT_LIMIT_INVALID",
            "partnerDailyPoints:AGREEMENT_LIMIT_INVALID",
            "costPerPoint:AGREEMENT_COST_INVALID",
            "feeFixed:AGREEMENT_FEE_INVALID",
            "feePercent:AGREEMENT_PERCENT_INVALID",
            "reversalGraceMinutes:AGREEMENT_GRACE_INVALID");
  }

  @Test
  void theMaximumIsNoneOrAtLeastTheMinimum() {
    assertThat(fields(draft(TODAY.plusDays(1), 10, 9, 0, 0, "0.01", "0")))
        .containsExactly("maxPoints:AGREEMENT_MAX_BELOW_MIN");
    assertThat(fields(draft(TODAY.plusDays(1), 10, 10, 0, 0, "0.01", "0"))).isEmpty();
    assertThat(fields(draft(TODAY.plusDays(1), 10, 0, 0, 0, "0.01", "0"))).isEmpty();
  }

  @Test
  void theMonthlyLimitIsNoneOrAtLeastTheDailyOne() {
    assertThat(fields(draft(TODAY.plusDays(1), 10, 0, 101, 100, "0.01", "0")))
        .containsExactly("memberMonthlyPoints:AGREEMENT_MONTH_BELOW_DAY");
    assertThat(fields(draft(TODAY.plusDays(1), 10, 0, 100, 100, "0.01", "0"))).isEmpty();
    assertThat(fields(draft(TODAY.plusDays(1), 10, 0, 100, 0, "0.01", "0"))).isEmpty();
  }

  @Test
  void percentagesRunFromZeroToAHundred() {
    assertThat(fields(draft(TODAY.plusDays(1), 1, 0, 0, 0, "0.01", "0"))).isEmpty();
    assertThat(fields(draft(TODAY.plusDays(1), 1, 0, 0, 0, "0.01", "100.00"))).isEmpty();
    assertThat(fields(draft(TODAY.plusDays(1), 1, 0, 0, 0, "0.01", "-0.01")))
        .containsExactly("feePercent:AGREEMENT_PERCENT_INVALID");
    assertThat(fields(draft(TODAY.plusDays(1), 1, 0, 0, 0, "0", "1")))
        .containsExactly("costPerPoint:AGREEMENT_COST_INVALID");
    assertThat(fields(draft(TODAY.plusDays(1), 1, 0, 0, 0, "99.0000", "1"))).isEmpty();
  }
}
