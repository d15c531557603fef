package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.ledger.ReversalPlan.Consumed;
import com.atrium.ledger.ReversalPlan.Restore;
import com.atrium.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReversalPlanTest {

  private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
  private static final Instant PAST = Instant.parse("2027-01-01T00:00:00Z");
  private static final Instant FUTURE = Instant.parse("2028-01-01T00:00:00Z");

  /** The debit took 30 from lot 1 (issuer 100, expired by now), then 50 from lot 2 (issuer 200). */
  private static final List<Consumed> TAKEN =
      List.of(new Consumed(1, 100, 30, PAST), new Consumed(2, 200, 50, FUTURE));

  @Test
  void aFullReversalGivesEachLotBackWhatWasTakenAndExpiredSharesGoToANewLot() {
    var plan = ReversalPlan.forDebit(TAKEN, 0, 0, 80, NOW);
    assertThat(plan.restores())
        .containsExactly(new Restore(2, 200, 50, false), new Restore(1, 100, 30, true));
    assertThat(plan.overdraftRepaid()).isZero();
  }

  @Test
  void partialReversalsUndoTheLastConsumedFirstAndAddUp() {
    var first = ReversalPlan.forDebit(TAKEN, 0, 0, 20, NOW);
    assertThat(first.restores()).containsExactly(new Restore(2, 200, 20, false));
    var second = ReversalPlan.forDebit(TAKEN, 0, 20, 40, NOW);
    assertThat(second.restores())
        .containsExactly(new Restore(2, 200, 30, false), new Restore(1, 100, 10, true));
    var third = ReversalPlan.forDebit(TAKEN, 0, 60, 20, NOW);
    assertThat(third.restores()).containsExactly(new Restore(1, 100, 20, true));
  }

  @Test
  void aLotStillOpenAtTheReversalTakesItsPointsBack() {
    var plan = ReversalPlan.forDebit(TAKEN, 0, 0, 80, PAST.minusSeconds(1));
    assertThat(plan.restores()).extracting(Restore::toNewLot).containsOnly(false);
  }

  @Test
  void anOverdraftIsRepaidBeforeAnyLot() {
    var plan = ReversalPlan.forDebit(TAKEN, 15, 0, 20, NOW);
    assertThat(plan.overdraftRepaid()).isEqualTo(15);
    assertThat(plan.restores()).containsExactly(new Restore(2, 200, 5, false));
    var next = ReversalPlan.forDebit(TAKEN, 15, 20, 10, NOW);
    assertThat(next.overdraftRepaid()).isZero();
    assertThat(next.restores()).containsExactly(new Restore(2, 200, 10, false));
  }

  @Test
  void refusesToReverseMoreThanIsLeft() {
    assertThatThrownBy(() -> ReversalPlan.forDebit(TAKEN, 0, 70, 11, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReversalPlan.forDebit(TAKEN, 0, 0, 0, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Any split of a debit into partial reversals gives every lot back exactly what it lost. */
  @Test
  void anySplitOfReversalsRestoresExactlyWhatWasTaken() {
    Samples.forAll(
        r -> {
          List<Consumed> taken = new ArrayList<>();
          int n = 1 + r.nextInt(5);
          for (int i = 0; i < n; i++) {
            taken.add(
                new Consumed(
                    i + 1,
                    100 + r.nextInt(3),
                    Samples.between(r, 1, 200),
                    r.nextBoolean() ? PAST : FUTURE));
          }
          long uncovered = r.nextInt(3) == 0 ? Samples.between(r, 1, 50) : 0;
          return new Object[] {taken, uncovered, r.nextLong()};
        },
        sample -> {
          @SuppressWarnings("unchecked")
          List<Consumed> taken = (List<Consumed>) sample[0];
          long uncovered = (Long) sample[1];
          var r = new Random((Long) sample[2]);
          long total = uncovered + taken.stream().mapToLong(Consumed::points).sum();
          long done = 0;
          long repaid = 0;
          Map<Long, Long> back = new HashMap<>();
          while (done < total) {
            long points = Samples.between(r, 1, total - done);
            var plan = ReversalPlan.forDebit(taken, uncovered, done, points, NOW);
            long sum = plan.overdraftRepaid();
            for (Restore x : plan.restores()) {
              back.merge(x.lotId(), x.points(), Long::sum);
              sum += x.points();
            }
            assertThat(sum).isEqualTo(points);
            repaid += plan.overdraftRepaid();
            done += points;
          }
          assertThat(repaid).isEqualTo(uncovered);
          for (Consumed c : taken) {
            assertThat(back.get(c.lotId())).isEqualTo(c.points());
          }
        });
  }
}
