package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.ledger.ReversalPlan.Consumed;
import com.atrium.ledger.ReversalPlan.Funded;
import com.atrium.ledger.ReversalPlan.Part;
import com.atrium.ledger.ReversalPlan.Restore;
import com.atrium.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

  // a credit's reversal, issuer by issuer

  private static final long OWN = 10;
  private static final long CAMPAIGN = 20;
  private static final long OPERATOR = 30;

  /**
   * A sale of 2,410 points, 1,600 the tenant's own and 810 of its campaign, refunded 75 % (1,807
   * points) then the remaining 25 % (603). Exact shares of 1,807: 1,199.67 and 607.33, so 1,200 and
   * 607; the rest, 400 and 203, leaves both lots fully reversed.
   */
  @Test
  void aSaleRefundedThreeQuartersThenTheRestReversesEachLotProRata() {
    List<Funded> sale = List.of(new Funded(OWN, 1600, 1, 1600), new Funded(CAMPAIGN, 810, 2, 810));
    assertThat(ReversalPlan.forCredit(sale, 0, 1807))
        .containsExactly(new Part(OWN, 1, 1200, 0), new Part(CAMPAIGN, 2, 607, 0));
    List<Funded> after = List.of(new Funded(OWN, 1600, 1, 400), new Funded(CAMPAIGN, 810, 2, 203));
    assertThat(ReversalPlan.forCredit(after, 1807, 603))
        .containsExactly(new Part(OWN, 1, 400, 0), new Part(CAMPAIGN, 2, 203, 0));
  }

  /**
   * 1,800 points from three issuers (1,000 own, 500 campaign, 300 operator) reversed in three
   * thirds. Cumulative exact shares: at 600, 333.33 / 166.67 / 100 → 333 / 167 / 100; at 1,200,
   * 666.67 / 333.33 / 200 → 667 / 333 / 200, so the second third is 334 / 166 / 100; the last is
   * what is left, 333 / 167 / 100.
   */
  @Test
  void aThreeIssuerSaleIsReversedCumulativelyWithoutDrift() {
    long[] funded = {1000, 500, 300};
    assertThat(ReversalPlan.proRata(funded, 0, 600)).containsExactly(333, 167, 100);
    assertThat(ReversalPlan.proRata(funded, 600, 600)).containsExactly(334, 166, 100);
    assertThat(ReversalPlan.proRata(funded, 1200, 600)).containsExactly(333, 167, 100);
  }

  /** The member spent 710 of the campaign lot's 810: its part beyond the 100 left is not taken. */
  @Test
  void anIssuersPartItsLotNoLongerHoldsIsLeftToThatIssuer() {
    List<Funded> sale = List.of(new Funded(OWN, 1600, 1, 1600), new Funded(CAMPAIGN, 810, 2, 100));
    assertThat(ReversalPlan.forCredit(sale, 0, 1807))
        .containsExactly(new Part(OWN, 1, 1200, 0), new Part(CAMPAIGN, 2, 100, 507));
    List<Funded> after = List.of(new Funded(OWN, 1600, 1, 400), new Funded(CAMPAIGN, 810, 2, 0));
    assertThat(ReversalPlan.forCredit(after, 1807, 603))
        .containsExactly(new Part(OWN, 1, 400, 0), new Part(CAMPAIGN, 2, 0, 203));
  }

  /** A credit that only repaid an overdraft opened no lot: all its part is left to settle. */
  @Test
  void anIssuerWithoutALotLeavesItsWholePart() {
    List<Funded> sale = List.of(new Funded(OWN, 50, 0, 0), new Funded(OPERATOR, 50, 7, 50));
    assertThat(ReversalPlan.forCredit(sale, 0, 10))
        .containsExactly(new Part(OWN, 0, 0, 5), new Part(OPERATOR, 7, 5, 0));
  }

  @Test
  void tiesGoToTheEarlierIssuerAndAPartOfZeroIsLeftOut() {
    assertThat(ReversalPlan.shares(new long[] {1, 1, 1}, 2)).containsExactly(1, 1, 0);
    List<Funded> sale =
        List.of(
            new Funded(OWN, 1, 1, 1), new Funded(CAMPAIGN, 1, 2, 1), new Funded(OPERATOR, 1, 3, 1));
    assertThat(ReversalPlan.forCredit(sale, 0, 1)).containsExactly(new Part(OWN, 1, 1, 0));
  }

  /**
   * 1,956 / 1,338 / 390: largest remainder afresh would give the third 3 points at 23 and 2 at 24
   * (exact 2.54); point by point it keeps 3 and the 24th point goes to the first (exact 12.75).
   */
  @Test
  void aLargerTotalNeverTakesAPointFromAShare() {
    long[] w = {1956, 1338, 390};
    assertThat(ReversalPlan.shares(w, 23)).containsExactly(12, 8, 3);
    assertThat(ReversalPlan.shares(w, 24)).containsExactly(13, 8, 3);
    assertThat(ReversalPlan.proRata(w, 23, 1)).containsExactly(1, 0, 0);
  }

  @Test
  void refusesToReverseMoreThanTheCreditLeft() {
    assertThatThrownBy(() -> ReversalPlan.proRata(new long[] {5, 5}, 8, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Any split of a credit into reversals: parts are never negative, sum to each reversal, every
   * share is its exact quota rounded down or up, and the last leaves every issuer fully reversed.
   */
  @Test
  void anySplitOfACreditsReversalsIsProRataAndCompletesEveryIssuer() {
    Samples.forAll(
        r -> {
          int n = 1 + r.nextInt(3);
          long[] funded = new long[n];
          for (int i = 0; i < n; i++) {
            funded[i] = Samples.between(r, 1, 3000);
          }
          return new Object[] {funded, r.nextLong()};
        },
        sample -> {
          long[] funded = (long[]) sample[0];
          var r = new Random((Long) sample[1]);
          long total = Arrays.stream(funded).sum();
          long[] asked = new long[funded.length];
          long done = 0;
          while (done < total) {
            long points = Samples.between(r, 1, total - done);
            long[] parts = ReversalPlan.proRata(funded, done, points);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(points);
            done += points;
            for (int i = 0; i < funded.length; i++) {
              assertThat(parts[i]).isNotNegative();
              asked[i] += parts[i];
              // within quota: floor(done × w / total) ≤ asked ≤ ceil(done × w / total)
              long floor = done * funded[i] / total;
              assertThat(asked[i]).isBetween(floor, floor + 1).isLessThanOrEqualTo(funded[i]);
            }
          }
          assertThat(asked).containsExactly(funded);
        });
  }
}
