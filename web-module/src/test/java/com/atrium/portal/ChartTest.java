package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

  @Test
  void aHorizontalChartOfOneSeriesHasNoLegendAndCountsFromZeroAlongX() {
    String json =
        Chart.over(List.of("UNIQLO", "星巴克"))
            .horizontal()
            .withoutLegend()
            .bars("积分", List.of(120L, 7L), "#123")
            .json();

    assertThat(json)
        .isEqualTo(
            "{\"type\":\"bar\",\"data\":{\"labels\":[\"UNIQLO\",\"星巴克\"],\"datasets\":"
                + "[{\"type\":\"bar\",\"label\":\"积分\",\"data\":[120,7],\"backgroundColor\":\"#123\","
                + "\"borderRadius\":4,\"order\":2}]},\"options\":{\"responsive\":true,"
                + "\"maintainAspectRatio\":false,\"indexAxis\":\"y\",\"plugins\":{\"legend\":"
                + "{\"display\":false}},\"scales\":{\"x\":{\"beginAtZero\":true}}}}");
  }

  @Test
  void barsAndALineOnTwoAxesKeepTheirAxisAndTheAmountsTheirCents() {
    String json =
        Chart.over(List.of("2026-11-01"))
            .axes("points", "amount")
            .bars("Points", List.of(1500), "#00f")
            .line("Amount", List.of(new BigDecimal("88.50")), "#f90", "amount")
            .json();

    assertThat(json)
        .isEqualTo(
            "{\"type\":\"bar\",\"data\":{\"labels\":[\"2026-11-01\"],\"datasets\":["
                + "{\"type\":\"bar\",\"label\":\"Points\",\"data\":[1500],\"yAxisID\":\"points\","
                + "\"backgroundColor\":\"#00f\",\"borderRadius\":4,\"order\":2},"
                + "{\"type\":\"line\",\"label\":\"Amount\",\"data\":[88.50],\"yAxisID\":\"amount\","
                + "\"borderColor\":\"#f90\",\"backgroundColor\":\"#f90\",\"tension\":0.3,"
                + "\"pointRadius\":2,\"order\":1}]},\"options\":{\"responsive\":true,"
                + "\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}},"
                + "\"interaction\":{\"mode\":\"index\",\"intersect\":false},\"scales\":{\"x\":{\"grid\":"
                + "{\"display\":false}},\"points\":{\"type\":\"linear\",\"position\":\"left\","
                + "\"beginAtZero\":true,\"grid\":{\"color\":\"#eef2f7\"}},\"amount\":{\"type\":"
                + "\"linear\",\"position\":\"right\",\"beginAtZero\":true,\"grid\":"
                + "{\"drawOnChartArea\":false}}}}}");
  }
}
