package com.atrium.parking;

import com.atrium.earning.MallSale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who pays a settlement's free minutes, a pure function: tier minutes the operator; spend minutes
 * the tenants whose sales unlocked them, pro rata to those sales (or the operator, by the mall's
 * parking.spend-cost). The cost is minutes / 60 x the free hour's cost, rounded half up to the fen;
 * the tenants' shares are rounded down and the fen left over go to the largest sales first, so the
 * shares add up to the cost exactly.
 */
public final class CostSplit {

  private CostSplit() {}

  /** One payer's part. */
  public record Share(
      String payerKind, Long tenantId, String reason, BigDecimal minutes, BigDecimal amount) {}

  public static List<Share> split(
      int tierMinutes,
      int spendMinutes,
      List<MallSale> unlocking,
      BigDecimal freeHourCost,
      ParkingTerms.SpendCost spendCost) {
    List<Share> shares = new ArrayList<>();
    if (tierMinutes > 0) {
      shares.add(
          new Share(
              "OPERATOR",
              null,
              "TIER",
              BigDecimal.valueOf(tierMinutes).setScale(2),
              cost(tierMinutes, freeHourCost)));
    }
    if (spendMinutes <= 0) {
      return shares;
    }
    BigDecimal spendCostCny = cost(spendMinutes, freeHourCost);
    if (spendCost == ParkingTerms.SpendCost.OPERATOR || unlocking.isEmpty()) {
      shares.add(
          new Share(
              "OPERATOR",
              null,
              "SPEND",
              BigDecimal.valueOf(spendMinutes).setScale(2),
              spendCostCny));
      return shares;
    }
    Map<Long, BigDecimal> byTenant = new LinkedHashMap<>();
    for (MallSale s : unlocking) {
      byTenant.merge(s.tenantId(), s.amount(), BigDecimal::add);
    }
    BigDecimal total = byTenant.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    long costFen = spendCostCny.movePointRight(2).longValueExact();
    Map<Long, Long> fen = new LinkedHashMap<>();
    long given = 0;
    for (var e : byTenant.entrySet()) {
      long f =
          BigDecimal.valueOf(costFen)
              .multiply(e.getValue())
              .divide(total, 0, RoundingMode.DOWN)
              .longValueExact();
      fen.put(e.getKey(), f);
      given += f;
    }
    // the fen lost to rounding down go one each to the largest sales, ties to the first seen
    List<Long> order = new ArrayList<>(byTenant.keySet());
    order.sort((a, b) -> byTenant.get(b).compareTo(byTenant.get(a)));
    for (int i = 0; given < costFen; i = (i + 1) % order.size()) {
      fen.merge(order.get(i), 1L, Long::sum);
      given++;
    }
    for (var e : byTenant.entrySet()) {
      BigDecimal minutes =
          BigDecimal.valueOf(spendMinutes)
              .multiply(e.getValue())
              .divide(total, 2, RoundingMode.HALF_UP);
      shares.add(
          new Share(
              "TENANT", e.getKey(), "SPEND", minutes, BigDecimal.valueOf(fen.get(e.getKey()), 2)));
    }
    return shares;
  }

  /**
   * Which partner pays how many of a settlement's partner-right minutes: each partner at most the
   * minutes its rights leave the member that day, in the order given (partner code order), so the
   * parts add up to {@code partnerMinutes} whenever the partners left that many.
   */
  public static Map<String, Integer> partnerMinutes(
      int partnerMinutes, Map<String, Integer> leftByPartner) {
    Map<String, Integer> parts = new LinkedHashMap<>();
    int rest = partnerMinutes;
    for (var e : leftByPartner.entrySet()) {
      int part = Math.min(rest, Math.max(0, e.getValue()));
      if (part > 0) {
        parts.put(e.getKey(), part);
        rest -= part;
      }
    }
    return parts;
  }

  static BigDecimal cost(int minutes, BigDecimal freeHourCost) {
    return freeHourCost
        .multiply(BigDecimal.valueOf(minutes))
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
