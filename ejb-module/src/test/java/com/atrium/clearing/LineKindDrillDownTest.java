package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which drill-down each kind of line has (docs/clearing.md, "Traceability", "Partners", "Parking"):
 * every kind of line but a deposit's balances lists what is behind it on the operator's statement,
 * through its entries (a dispute's correction has none), the exchanges with their fees, the deposit
 * movements or the parking charges.
 */
class LineKindDrillDownTest {

  @Test
  void everyKindButTheDepositBalancesHasADrillDownForTheOperator() {
    Set<LineKind> none =
        Arrays.stream(LineKind.values())
            .filter(
                k ->
                    !k.drillableFor(PartyKind.OPERATOR)
                        && !k.feeLine()
                        && !k.depositMovements()
                        && !k.parking())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineKind.class)));
    assertThat(none).containsExactly(LineKind.DEPOSIT_OPENING, LineKind.DEPOSIT_CLOSING);
  }

  @Test
  void theFeeLinesAreTheSixExchangeFeeKindsAndTheOperatorsDrillOnlyThroughTheirFees() {
    Set<LineKind> fees =
        Arrays.stream(LineKind.values())
            .filter(LineKind::feeLine)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineKind.class)));
    assertThat(fees)
        .containsExactly(
            LineKind.EXCHANGE_FEE,
            LineKind.EXCHANGE_FEE_RETURNED,
            LineKind.LATE_EXCHANGE_FEE_RETURNED,
            LineKind.EXCHANGE_FEE_FROM_DEPOSIT,
            LineKind.EXCHANGE_FEE_RETURNED_TO_DEPOSIT,
            LineKind.LATE_EXCHANGE_FEE_RETURNED_TO_DEPOSIT);
    assertThat(fees).noneMatch(k -> k.drillableFor(PartyKind.OPERATOR));
    assertThat(fees).allMatch(k -> k.drillableFor(PartyKind.PARTNER));
    assertThat(
            Arrays.stream(LineKind.values())
                .filter(LineKind::depositMovements)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineKind.class))))
        .containsExactly(
            LineKind.DEPOSIT_TOPPED_UP, LineKind.DEPOSIT_DRAWN, LineKind.DEPOSIT_RETURNED);
  }
}
