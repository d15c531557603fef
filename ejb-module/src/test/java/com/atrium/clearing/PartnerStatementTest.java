package com.atrium.clearing;

import static com.atrium.clearing.StatementArithmeticTest.DEC_1;
import static com.atrium.clearing.StatementArithmeticTest.NOV_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.atrium.clearing.ExchangeFigures.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Partners' statements and parking lines with figures worked out by hand (docs/clearing.md,
 * "Partners" and "Parking").
 */
class PartnerStatementTest {

  static final Instant OCT_31 = Instant.parse("2026-10-31T02:00:00Z");

  static ExchangeFigures made(Direction d, String cost, long points, String fees) {
    return new ExchangeFigures(d, false, new BigDecimal(cost), points, new BigDecimal(fees));
  }

  static ExchangeFigures undone(Direction d, String cost, long points, String fees) {
    return new ExchangeFigures(d, true, new BigDecimal(cost), points, new BigDecimal(fees));
  }

  /** Exchanges in made (or undone) that drew from the partner's deposit when made. */
  static ExchangeFigures drawn(boolean undone, String cost, long points, String fees) {
    return new ExchangeFigures(
        Direction.IN, undone, true, new BigDecimal(cost), points, new BigDecimal(fees));
  }

  static ParkingFigures parking(String minutes, String cost, long settlements) {
    return new ParkingFigures(
        new BigDecimal(minutes),
        new BigDecimal(cost),
        settlements == 0 ? LineTrace.NONE : new LineTrace(settlements, 1, settlements));
  }

  @Test
  void aPostpaidPartnerPaysForWhatItFundedIsPaidForWhatItTookAndEachUndoingGivesBack() {
    ExchangeFigures lateRejection =
        new ExchangeFigures(
            Direction.OUT,
            true,
            false,
            new BigDecimal("0.0115"),
            500,
            new BigDecimal("0.50"),
            new LineTrace(1, 900, 900),
            new Adjustment(Adjustment.Source.ENTRY, 77, "Exchange OUT DEMOAIR DA-31", OCT_31));
    Statement s =
        StatementArithmetic.partnerStatement(
            new PartnerFigures(
                "DEMOAIR",
                SettlementMode.POSTPAID,
                List.of(
                    lateRejection,
                    undone(Direction.OUT, "0.0115", 1000, "0.50"),
                    made(Direction.OUT, "0.0115", 2345, "1.00"),
                    undone(Direction.IN, "0.0115", 1234, "0.50"),
                    made(Direction.IN, "0.0115", 4321, "1.00")),
                null,
                ParkingFigures.NONE),
            NOV_1,
            DEC_1);
    // 4,321 x 0.0115 = 49.6915; 1,234 x 0.0115 = 14.191; 2,345 x 0.0115 = 26.9675
    assertThat(s.lines())
        .extracting(
            l -> l.kind(), l -> l.points(), l -> l.amount().toPlainString(), l -> l.adjusts())
        .containsExactly(
            tuple(LineKind.EXCHANGE_IN_CHARGE, 4321L, "-49.69", null),
            tuple(LineKind.EXCHANGE_IN_REVERSED, 1234L, "14.19", null),
            tuple(LineKind.EXCHANGE_OUT_REIMBURSEMENT, 2345L, "26.97", null),
            tuple(LineKind.EXCHANGE_OUT_REVERSED, 1000L, "-11.50", null),
            tuple(LineKind.LATE_EXCHANGE_OUT_REVERSED, 500L, "-5.75", lateRejection.original()),
            tuple(LineKind.EXCHANGE_FEE, 4321L, "-1.00", null),
            tuple(LineKind.EXCHANGE_FEE, 2345L, "-1.00", null),
            tuple(LineKind.EXCHANGE_FEE_RETURNED, 1234L, "0.50", null),
            tuple(LineKind.EXCHANGE_FEE_RETURNED, 1000L, "0.50", null),
            tuple(LineKind.LATE_EXCHANGE_FEE_RETURNED, 500L, "0.50", lateRejection.original()));
    assertThat(s.lines().get(0).rate()).isEqualByComparingTo("0.0115");
    assertThat(s.lines().get(5).rate()).isNull();
    assertThat(s.lines().get(4).trace()).isEqualTo(new LineTrace(1, 900, 900));
    assertThat(s.net()).isEqualByComparingTo("-26.28");
    assertThat(s.block()).isEmpty();
  }

  @Test
  void aPrepaidPartnerDrawsItsDepositForExchangesInAndFeesAndShowsTheDepositAsMemos() {
    Statement s =
        StatementArithmetic.partnerStatement(
            new PartnerFigures(
                "DEMOBANK",
                SettlementMode.PREPAID,
                List.of(
                    drawn(false, "0.0100", 5000, "0.50"),
                    drawn(true, "0.0100", 1000, "0.10"),
                    made(Direction.OUT, "0.0100", 800, "0.08")),
                new DepositFigures(
                    new BigDecimal("2000.00"),
                    new BigDecimal("0.00"),
                    new BigDecimal("50.50"),
                    new BigDecimal("10.10"),
                    new BigDecimal("1959.60")),
                parking("120.00", "20.00", 2)),
            NOV_1,
            DEC_1);
    assertThat(s.lines())
        .extracting(
            l -> l.kind(),
            l -> l.points(),
            l -> l.amount().toPlainString(),
            l -> l.minutes() == null ? null : l.minutes().toPlainString(),
            l -> l.memo() == null ? null : l.memo().toPlainString())
        .containsExactly(
            tuple(LineKind.EXCHANGE_IN_FROM_DEPOSIT, 5000L, "0.00", null, null),
            tuple(LineKind.EXCHANGE_IN_RETURNED_TO_DEPOSIT, 1000L, "0.00", null, null),
            tuple(LineKind.EXCHANGE_OUT_REIMBURSEMENT, 800L, "8.00", null, null),
            tuple(LineKind.EXCHANGE_FEE, 800L, "-0.08", null, null),
            tuple(LineKind.EXCHANGE_FEE_FROM_DEPOSIT, 5000L, "0.00", null, null),
            tuple(LineKind.EXCHANGE_FEE_RETURNED_TO_DEPOSIT, 1000L, "0.00", null, null),
            tuple(LineKind.PARKING_CHARGE, 0L, "-20.00", "120.00", null),
            tuple(LineKind.DEPOSIT_OPENING, 0L, "0.00", null, "2000.00"),
            tuple(LineKind.DEPOSIT_TOPPED_UP, 0L, "0.00", null, "0.00"),
            tuple(LineKind.DEPOSIT_DRAWN, 0L, "0.00", null, "50.50"),
            tuple(LineKind.DEPOSIT_RETURNED, 0L, "0.00", null, "10.10"),
            tuple(LineKind.DEPOSIT_CLOSING, 0L, "0.00", null, "1959.60"));
    assertThat(s.net()).isEqualByComparingTo("-12.08");
    assertThat(s.lines().get(6).trace()).isEqualTo(new LineTrace(2, 1, 2));
  }

  @Test
  void aPartnerWhoseModeChangedHasEachExchangeInPricedAsItWasPaidWhenMade() {
    // made while prepaid (drawn), then postpaid now (charged), at the same cost
    Statement s =
        StatementArithmetic.partnerStatement(
            new PartnerFigures(
                "DEMOBANK",
                SettlementMode.POSTPAID,
                List.of(
                    made(Direction.IN, "0.0100", 3000, "0.30"),
                    drawn(false, "0.0100", 5000, "0.50"),
                    drawn(true, "0.0100", 1000, "0.10")),
                null,
                ParkingFigures.NONE),
            NOV_1,
            DEC_1);
    assertThat(s.lines())
        .extracting(l -> l.kind(), l -> l.points(), l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.EXCHANGE_IN_CHARGE, 3000L, "-30.00"),
            tuple(LineKind.EXCHANGE_IN_FROM_DEPOSIT, 5000L, "0.00"),
            tuple(LineKind.EXCHANGE_IN_RETURNED_TO_DEPOSIT, 1000L, "0.00"),
            tuple(LineKind.EXCHANGE_FEE, 3000L, "-0.30"),
            tuple(LineKind.EXCHANGE_FEE_FROM_DEPOSIT, 5000L, "0.00"),
            tuple(LineKind.EXCHANGE_FEE_RETURNED_TO_DEPOSIT, 1000L, "0.00"));
    assertThat(s.net()).isEqualByComparingTo("-30.30");
    assertThatThrownBy(
            () ->
                new ExchangeFigures(Direction.OUT, false, true, BigDecimal.ONE, 1, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDepositThatDoesNotAddUpAndFiguresOutOfBoundsAreRefused() {
    assertThatThrownBy(
            () ->
                new DepositFigures(
                    new BigDecimal("1.00"),
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    new BigDecimal("2.00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> made(Direction.IN, "-0.0100", 10, "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> made(Direction.IN, "0.01005", 10, "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
    // an agreement may cost more than a tenant's rate bound (numeric(6, 4))
    assertThat(made(Direction.IN, "1.5000", 10, "0.00").costPerPoint()).isEqualByComparingTo("1.5");
    assertThatThrownBy(() -> made(Direction.IN, "0.0100", 0, "0.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> made(Direction.IN, "0.0100", 10, "0.001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ExchangeFigures(
                    Direction.IN,
                    false,
                    false,
                    new BigDecimal("0.0100"),
                    10,
                    BigDecimal.ZERO,
                    LineTrace.NONE,
                    new Adjustment(Adjustment.Source.ENTRY, 1, "x", OCT_31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PartnerFigures(
                    "X",
                    SettlementMode.POSTPAID,
                    List.of(),
                    new DepositFigures(
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO),
                    ParkingFigures.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parking("-1", "0.00", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tenantsPayTheirParkingAndTheOperatorsOwnParkingIsAMemoSoTheRunStillNetsToZero() {
    Statement tenant =
        StatementArithmetic.withParking(
            StatementArithmetic.tenantStatement(
                TenantFigures.postpaid(
                    "FB001",
                    List.of(StatementArithmeticTest.month(new PointFigures(1000, 0, 0, 0, 0)))),
                BigDecimal.ZERO),
            NOV_1,
            DEC_1,
            parking("90.00", "15.00", 3));
    Statement untouched =
        StatementArithmetic.withParking(tenant, NOV_1, DEC_1, ParkingFigures.NONE);
    assertThat(untouched).isEqualTo(tenant);
    assertThat(tenant.lines())
        .extracting(l -> l.kind(), l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, "-11.00"), tuple(LineKind.PARKING_CHARGE, "-15.00"));
    assertThat(tenant.net()).isEqualByComparingTo("-26.00");
    Statement partner =
        StatementArithmetic.partnerStatement(
            new PartnerFigures(
                "DEMOBANK",
                SettlementMode.PREPAID,
                List.of(drawn(false, "0.0100", 5000, "0.50")),
                new DepositFigures(
                    new BigDecimal("100.00"),
                    BigDecimal.ZERO,
                    new BigDecimal("50.50"),
                    BigDecimal.ZERO,
                    new BigDecimal("49.50")),
                parking("30.00", "5.00", 1)),
            NOV_1,
            DEC_1);
    Statement operator =
        StatementArithmetic.operatorStatement(
            "OPERATOR", NOV_1, DEC_1, List.of(tenant, partner), parking("180.00", "30.00", 4));
    assertThat(operator.lines())
        .extracting(
            l -> l.kind(),
            l -> l.amount().toPlainString(),
            l -> l.minutes() == null ? null : l.minutes().toPlainString(),
            l -> l.memo() == null ? null : l.memo().toPlainString())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, "11.00", null, null),
            tuple(LineKind.EXCHANGE_IN_FROM_DEPOSIT, "0.00", null, null),
            tuple(LineKind.EXCHANGE_FEE_FROM_DEPOSIT, "0.00", null, null),
            tuple(LineKind.PARKING_CHARGE, "20.00", "120.00", null),
            tuple(LineKind.PARKING_OPERATOR_COST, "0.00", "180.00", "30.00"));
    assertThat(operator.net().add(tenant.net()).add(partner.net())).isEqualByComparingTo("0.00");
  }

  @Test
  void everyRunWithPartnersAndParkingNetsToZero() {
    Random random = new Random(20261203);
    for (int run = 0; run < 500; run++) {
      List<Statement> others = new ArrayList<>();
      int tenants = random.nextInt(4);
      for (int t = 0; t < tenants; t++) {
        Statement s =
            StatementArithmetic.tenantStatement(
                TenantFigures.postpaid(
                    "T" + t,
                    List.of(
                        new RatedPoints(
                            StatementArithmeticTest.rates(
                                NOV_1,
                                DEC_1,
                                "0.0" + (100 + random.nextInt(50)),
                                "0.0" + (80 + random.nextInt(20)),
                                "1.25"),
                            new PointFigures(
                                random.nextInt(100_000),
                                random.nextInt(1_000),
                                random.nextInt(100_000),
                                random.nextInt(1_000),
                                random.nextInt(5_000))))),
                BigDecimal.valueOf(random.nextInt(5_001), 2));
        others.add(StatementArithmetic.withParking(s, NOV_1, DEC_1, randomParking(random)));
      }
      int partners = 1 + random.nextInt(3);
      for (int p = 0; p < partners; p++) {
        boolean prepaid = random.nextBoolean();
        List<ExchangeFigures> exchanges = new ArrayList<>();
        BigDecimal cost = BigDecimal.valueOf(1 + random.nextInt(199), 4);
        for (Direction d : Direction.values()) {
          for (boolean undoneToo : new boolean[] {false, true}) {
            if (random.nextBoolean()) {
              exchanges.add(
                  new ExchangeFigures(
                      d,
                      undoneToo,
                      // drawn or charged whatever the mode now: a partner's mode may have changed
                      d == Direction.IN && random.nextBoolean(),
                      cost,
                      1 + random.nextInt(50_000),
                      BigDecimal.valueOf(random.nextInt(10_000), 2)));
            }
          }
        }
        BigDecimal opening = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
        Statement s =
            StatementArithmetic.partnerStatement(
                new PartnerFigures(
                    "P" + p,
                    prepaid ? SettlementMode.PREPAID : SettlementMode.POSTPAID,
                    exchanges,
                    prepaid
                        ? new DepositFigures(
                            opening, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, opening)
                        : null,
                    randomParking(random)),
                NOV_1,
                DEC_1);
        assertThat(s.net())
            .isEqualTo(
                s.lines().stream()
                    .map(StatementLine::amount)
                    .reduce(new BigDecimal("0.00"), BigDecimal::add));
        assertThat(s.lines())
            .filteredOn(l -> l.kind().memo())
            .allMatch(l -> l.amount().signum() == 0);
        others.add(s);
      }
      Statement operator =
          StatementArithmetic.operatorStatement(
              "OPERATOR", NOV_1, DEC_1, others, randomParking(random));
      BigDecimal total = operator.net();
      for (Statement s : others) {
        total = total.add(s.net());
      }
      assertThat(total).isEqualTo(new BigDecimal("0.00"));
      assertThat(
              operator.lines().stream()
                  .filter(l -> !l.kind().memo())
                  .mapToLong(StatementLine::points)
                  .sum())
          .isEqualTo(
              others.stream()
                  .flatMap(s -> s.lines().stream())
                  .filter(l -> !l.kind().memo())
                  .mapToLong(StatementLine::points)
                  .sum());
    }
  }

  private static ParkingFigures randomParking(Random random) {
    if (random.nextBoolean()) {
      return ParkingFigures.NONE;
    }
    int minutes = random.nextInt(600);
    // now and then settlements of earlier periods released in this one, given back
    List<LateParkingRelease> released = new ArrayList<>();
    for (int r = random.nextInt(3); r > 0; r--) {
      int back = 1 + random.nextInt(240);
      long settlement = 100 + random.nextInt(1_000);
      released.add(
          new LateParkingRelease(
              new Adjustment(
                  Adjustment.Source.SETTLEMENT,
                  settlement,
                  "Parking S-" + settlement,
                  OCT_31.minusSeconds(random.nextInt(86_400))),
              BigDecimal.valueOf(back).setScale(2),
              BigDecimal.valueOf(back * 17L, 2),
              new LineTrace(1, settlement, settlement)));
    }
    return new ParkingFigures(
        BigDecimal.valueOf(minutes).setScale(2),
        BigDecimal.valueOf(minutes * 10L, 2),
        minutes == 0 ? LineTrace.NONE : new LineTrace(1, 1, 1),
        released);
  }
}
