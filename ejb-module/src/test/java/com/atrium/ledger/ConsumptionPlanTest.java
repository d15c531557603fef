package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.ledger.ConsumptionPlan.OpenLot;
import com.atrium.ledger.ConsumptionPlan.Take;
import com.atrium.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumptionPlanTest {

  private static final Instant Y2027 = Instant.parse("2027-01-01T00:00:00Z");
  private static final Instant Y2028 = Instant.parse("2028-01-01T00:00:00Z");
  private static final Instant EARLY = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant LATE = Instant.parse("2026-06-01T00:00:00Z");

  @Test
  void takesTheSoonestToExpireFirst() {
    var plan =
        ConsumptionPlan.of(
            List.of(new OpenLot(1, 100, Y2028, EARLY), new OpenLot(2, 30, Y2027, LATE)), 50);
    assertThat(plan.takes()).containsExactly(new Take(2, 30), new Take(1, 20));
    assertThat(plan.uncovered()).isZero();
  }

  @Test
  void tiesGoToTheEarlierEarnedThenTheLowerId() {
    var plan =
        ConsumptionPlan.of(
            List.of(
                new OpenLot(9, 10, Y2027, LATE),
                new OpenLot(7, 10, Y2027, EARLY),
                new OpenLot(5, 10, Y2027, LATE)),
            25);
    assertThat(plan.takes()).containsExactly(new Take(7, 10), new Take(5, 10), new Take(9, 5));
  }

  @Test
  void stopsAtTheFirstLotThatCoversTheRest() {
    var plan =
        ConsumptionPlan.of(
            List.of(new OpenLot(1, 40, Y2027, EARLY), new OpenLot(2, 40, Y2028, EARLY)), 40);
    assertThat(plan.takes()).containsExactly(new Take(1, 40));
  }

  @Test
  void reportsWhatTheLotsCannotCover() {
    var plan = ConsumptionPlan.of(List.of(new OpenLot(1, 40, Y2027, EARLY)), 100);
    assertThat(plan.takes()).containsExactly(new Take(1, 40));
    assertThat(plan.covered()).isEqualTo(40);
    assertThat(plan.uncovered()).isEqualTo(60);
    assertThat(ConsumptionPlan.of(List.of(), 5).uncovered()).isEqualTo(5);
  }

  @Test
  void refusesNonPositiveDebitsAndEmptyLots() {
    assertThatThrownBy(() -> ConsumptionPlan.of(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpenLot(1, 0, Y2027, EARLY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Whatever the lots and their order in the input: the plan's laws hold. */
  @Test
  void lawsHoldForRandomLots() {
    Samples.forAll(
        r -> {
          List<OpenLot> lots = new ArrayList<>();
          int n = r.nextInt(8);
          for (int i = 0; i < n; i++) {
            lots.add(
                new OpenLot(
                    1 + r.nextInt(1000),
                    Samples.between(r, 1, 500),
                    Y2027.plusSeconds(86_400L * r.nextInt(4)),
                    EARLY.plusSeconds(86_400L * r.nextInt(3))));
          }
          // distinct ids, as in the database
          Map<Long, OpenLot> unique = new HashMap<>();
          lots.forEach(l -> unique.putIfAbsent(l.lotId(), l));
          List<OpenLot> shuffled = new ArrayList<>(unique.values());
          Collections.shuffle(shuffled, r);
          return new Object[] {shuffled, Samples.between(r, 1, 2500)};
        },
        sample -> {
          @SuppressWarnings("unchecked")
          List<OpenLot> lots = (List<OpenLot>) sample[0];
          long points = (Long) sample[1];
          var plan = ConsumptionPlan.of(lots, points);
          long held = lots.stream().mapToLong(OpenLot::remaining).sum();
          assertThat(plan.covered()).isEqualTo(Math.min(points, held));
          assertThat(plan.covered() + plan.uncovered()).isEqualTo(points);
          List<OpenLot> ordered = new ArrayList<>(lots);
          ordered.sort(ConsumptionPlan.ORDER);
          for (int i = 0; i < plan.takes().size(); i++) {
            Take take = plan.takes().get(i);
            OpenLot lot = ordered.get(i);
            assertThat(take.lotId()).isEqualTo(lot.lotId());
            assertThat(take.points()).isPositive().isLessThanOrEqualTo(lot.remaining());
            if (i < plan.takes().size() - 1) {
              assertThat(take.points()).isEqualTo(lot.remaining()); // emptied before the next
            }
          }
        });
  }
}
