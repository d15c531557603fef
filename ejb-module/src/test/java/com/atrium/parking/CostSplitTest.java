package com.atrium.parking;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.MallSale;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSplitTest {

  static MallSale sale(long id, long tenant, String cny) {
    return new MallSale(id, tenant, new BigDecimal(cny), Instant.EPOCH);
  }

  @Test
  void spendMinutesAreChargedToTheTenantsProRataTierMinutesToTheOperator() {
    List<CostSplit.Share> shares =
        CostSplit.split(
            180,
            120,
            List.of(sale(1, 10, "300.00"), sale(2, 20, "100.00"), sale(3, 10, "100.00")),
            new BigDecimal("10.00"),
            ParkingTerms.SpendCost.TENANTS);

    assertThat(shares)
        .containsExactly(
            new CostSplit.Share(
                "OPERATOR", null, "TIER", new BigDecimal("180.00"), new BigDecimal("30.00")),
            new CostSplit.Share(
                "TENANT", 10L, "SPEND", new BigDecimal("96.00"), new BigDecimal("16.00")),
            new CostSplit.Share(
                "TENANT", 20L, "SPEND", new BigDecimal("24.00"), new BigDecimal("4.00")));
  }

  @Test
  void fenLostToRoundingGoToTheLargestSalesSoTheSharesAddUp() {
    List<CostSplit.Share> shares =
        CostSplit.split(
            0,
            60,
            List.of(sale(1, 10, "100.00"), sale(2, 20, "100.00"), sale(3, 30, "100.00")),
            new BigDecimal("10.00"),
            ParkingTerms.SpendCost.TENANTS);

    assertThat(shares)
        .extracting(CostSplit.Share::amount)
        .containsExactly(new BigDecimal("3.34"), new BigDecimal("3.33"), new BigDecimal("3.33"));
    assertThat(
            shares.stream().map(CostSplit.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10.00");
  }

  @Test
  void theOperatorPaysTheSpendMinutesWhenTheMallSaysSo() {
    assertThat(
            CostSplit.split(
                0,
                90,
                List.of(sale(1, 10, "600.00")),
                new BigDecimal("8.00"),
                ParkingTerms.SpendCost.OPERATOR))
        .containsExactly(
            new CostSplit.Share(
                "OPERATOR", null, "SPEND", new BigDecimal("90.00"), new BigDecimal("12.00")));
  }

  @Test
  void aPartlyRefundedSaleSharesByWhatWasKeptOfIt() {
    // 400.00 at tenant 10, of which 200.00 refunded; 200.00 at tenant 20: an even split
    MallSale refunded =
        new MallSale(1, 10, new BigDecimal("400.00"), new BigDecimal("200.00"), Instant.EPOCH);
    assertThat(
            CostSplit.split(
                0,
                60,
                List.of(refunded, sale(2, 20, "200.00")),
                new BigDecimal("10.00"),
                ParkingTerms.SpendCost.TENANTS))
        .extracting(CostSplit.Share::tenantId, CostSplit.Share::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10L, new BigDecimal("5.00")),
            org.assertj.core.groups.Tuple.tuple(20L, new BigDecimal("5.00")));
  }
}
