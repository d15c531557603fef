package com.atrium.report;

import com.atrium.report.LiabilityReport.Cost;
import com.atrium.report.LiabilityReport.CostBasis;
import com.atrium.report.LiabilityReport.ExpiredRow;
import com.atrium.report.LiabilityReport.Issuer;
import com.atrium.report.LiabilityReport.IssuerTotal;
import com.atrium.report.LiabilityReport.MonthTotal;
import com.atrium.report.LiabilityReport.OutstandingPoints;
import com.atrium.report.LiabilityReport.OutstandingRow;
import com.atrium.report.LiabilityReport.Rates;
import com.atrium.report.LiabilityReport.SettledMonth;
import com.atrium.report.LiabilityReport.Valued;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The arithmetic of the liability and breakage report (docs/clearing.md, "Liability and breakage
 * report"), pure and unit-tested: each outstanding row is valued once (points × rate, HALF_UP to 2
 * decimals), every total is the sum of its rounded rows, the breakage rate is the share of the
 * window's settled points that expired, and the expected breakage applies that share, exactly, to
 * the outstanding totals, rounding once.
 */
public final class LiabilityArithmetic {

  /** Decimals of a published rate. */
  static final int RATE_SCALE = 4;

  /** Issuers in report order: tenants, then the operator, then partners, each by code. */
  static final Comparator<Issuer> ISSUER_ORDER =
      Comparator.comparing(Issuer::kind).thenComparing(Issuer::code);

  private LiabilityArithmetic() {}

  /** What one issuer's lots became in one month of the window (the input of the rates). */
  public record Fate(Issuer issuer, YearMonth month, long redeemed, long expired) {}

  /** Points × rate in CNY, rounded HALF_UP to the fen once. */
  static BigDecimal value(long points, BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Breakage rate = E / (R + E), HALF_UP to 4 decimals; redemption rate = 1 − breakage rate, so the
   * two add up to 1 exactly. R below 0 (more redemptions cancelled in the window than made in it)
   * counts as 0. None settled: no rates.
   */
  static Rates rates(long redeemed, long expired) {
    long r = Math.max(0, redeemed);
    long e = Math.max(0, expired);
    if (r + e == 0) {
      return new Rates(r, e, Optional.empty(), Optional.empty());
    }
    BigDecimal breakage =
        BigDecimal.valueOf(e).divide(BigDecimal.valueOf(r + e), RATE_SCALE, RoundingMode.HALF_UP);
    return new Rates(r, e, Optional.of(BigDecimal.ONE.subtract(breakage)), Optional.of(breakage));
  }

  /**
   * The outstanding totals × E / (R + E), the exact fraction rather than the rounded rate: points
   * HALF_UP to a whole point, values HALF_UP to the fen. Empty when no points were settled.
   */
  static Optional<Valued> expectedBreakage(Valued outstanding, Rates rates) {
    if (rates.settled() == 0) {
      return Optional.empty();
    }
    BigDecimal e = BigDecimal.valueOf(rates.expired());
    BigDecimal s = BigDecimal.valueOf(rates.settled());
    return Optional.of(
        new Valued(
            BigDecimal.valueOf(outstanding.points())
                .multiply(e)
                .divide(s, 0, RoundingMode.HALF_UP)
                .longValueExact(),
            outstanding.atPointValue().multiply(e).divide(s, 2, RoundingMode.HALF_UP),
            outstanding.atCost().multiply(e).divide(s, 2, RoundingMode.HALF_UP)));
  }

  /**
   * The report from the ledger's figures: the outstanding points per issuer and expiry month, each
   * issuer's cost ({@code costOf}; an issuer without one is valued at the point value), and the
   * fates of the window's months, {@code firstMonth} to the month of {@code asOf}.
   */
  public static LiabilityReport compose(
      String mallCode,
      ZoneId zone,
      Instant asOf,
      BigDecimal pointValue,
      YearMonth firstMonth,
      List<OutstandingPoints> outstanding,
      Function<Issuer, Optional<Cost>> costOf,
      List<Fate> fates) {
    Cost atPointValue = new Cost(pointValue, CostBasis.POINT_VALUE);
    List<OutstandingRow> rows =
        outstanding.stream()
            .filter(o -> o.points() != 0)
            .sorted(
                Comparator.comparing(OutstandingPoints::issuer, ISSUER_ORDER)
                    .thenComparing(OutstandingPoints::expiryMonth))
            .map(
                o -> {
                  Cost cost = costOf.apply(o.issuer()).orElse(atPointValue);
                  return new OutstandingRow(
                      o.issuer(),
                      o.expiryMonth(),
                      o.points(),
                      o.lots(),
                      value(o.points(), pointValue),
                      cost,
                      value(o.points(), cost.perPoint()));
                })
            .toList();

    Map<Issuer, Cost> costs = new LinkedHashMap<>();
    Map<Issuer, Valued> perIssuer = new LinkedHashMap<>();
    Map<YearMonth, Valued> perMonth = new TreeMap<>();
    Valued total = new Valued(0, zero(), zero());
    for (OutstandingRow row : rows) {
      Valued v = new Valued(row.points(), row.atPointValue(), row.atCost());
      costs.put(row.issuer(), row.cost());
      perIssuer.merge(row.issuer(), v, LiabilityArithmetic::plus);
      perMonth.merge(row.expiryMonth(), v, LiabilityArithmetic::plus);
      total = plus(total, v);
    }
    List<IssuerTotal> byIssuer = new ArrayList<>();
    perIssuer.forEach((issuer, v) -> byIssuer.add(new IssuerTotal(issuer, costs.get(issuer), v)));
    List<MonthTotal> byMonth = new ArrayList<>();
    perMonth.forEach((month, v) -> byMonth.add(new MonthTotal(month, v)));

    YearMonth lastMonth = YearMonth.from(asOf.atZone(zone));
    Map<YearMonth, long[]> settled = new TreeMap<>();
    for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
      settled.put(m, new long[2]);
    }
    long redeemed = 0;
    long expired = 0;
    List<ExpiredRow> expiredRows = new ArrayList<>();
    for (Fate f : fates) {
      long[] month = settled.get(f.month());
      if (month == null) {
        throw new IllegalArgumentException(
            f.month() + " is outside the window " + settled.keySet());
      }
      month[0] += f.redeemed();
      month[1] += f.expired();
      redeemed += f.redeemed();
      expired += f.expired();
      if (f.expired() != 0) {
        expiredRows.add(new ExpiredRow(f.month(), f.issuer(), f.expired()));
      }
    }
    expiredRows.sort(
        Comparator.comparing(ExpiredRow::month).thenComparing(ExpiredRow::issuer, ISSUER_ORDER));
    List<SettledMonth> months = new ArrayList<>();
    settled.forEach((m, f) -> months.add(new SettledMonth(m, f[0], f[1])));

    Rates rates = rates(redeemed, expired);
    return new LiabilityReport(
        mallCode,
        zone,
        asOf,
        pointValue,
        firstMonth.atDay(1).atStartOfDay(zone).toInstant(),
        total,
        byIssuer,
        byMonth,
        rows,
        months,
        expiredRows,
        rates,
        expectedBreakage(total, rates));
  }

  private static Valued plus(Valued a, Valued b) {
    return new Valued(
        a.points() + b.points(),
        a.atPointValue().add(b.atPointValue()),
        a.atCost().add(b.atCost()));
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
