package com.atrium.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdjustmentPolicyTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1000, BOOK_NOW",
    "1000, 1000, BOOK_NOW",
    "-1000, 1000, BOOK_NOW",
    "1001, 1000, APPROVAL",
    "-1001, 1000, APPROVAL",
    "5, 0, APPROVAL",
    "10000000, 1000, APPROVAL"
  })
  void aboveTheThresholdEitherWayWaitsForApproval(long points, long threshold, String route) {
    assertThat(AdjustmentPolicy.route(points, OptionalLong.of(threshold)).name()).isEqualTo(route);
  }

  @Test
  void withoutAThresholdEveryAdjustmentIsBookedAtOnce() {
    assertThat(AdjustmentPolicy.route(-10_000_000, OptionalLong.empty()))
        .isEqualTo(AdjustmentPolicy.Route.BOOK_NOW);
  }

  @ParameterizedTest
  @CsvSource({"0", "10000001", "-10000001", "-9223372036854775808"})
  void noneAndAbsurdAmountsAreRefusedAtTheField(long points) {
    assertThatThrownBy(() -> AdjustmentPolicy.route(points, OptionalLong.of(1000)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ADJUSTMENT_POINTS_INVALID");
              assertThat(e.field()).isEqualTo("points");
            });
  }

  @Test
  void theRequesterNeverApprovesTheirOwnAdjustment() {
    assertThatThrownBy(() -> AdjustmentPolicy.requireSecondOperator("service", "SERVICE"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ADJUSTMENT_SAME_OPERATOR");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            });
    AdjustmentPolicy.requireSecondOperator("service", "admin");
  }

  @Test
  void theDescriptionFitsTheJournalAndNamesTheAdjustment() {
    assertThat(PointAdjustments.description(42, "goodwill")).isEqualTo("Adjustment 42: goodwill");
    String long200 = "x".repeat(200);
    assertThat(PointAdjustments.description(42, long200)).hasSize(200).endsWith("…");
  }
}
