package com.atrium.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The points liability and breakage of one mall ({@code mallCode}) or the group (null), as of
 * {@code asOf} (docs/clearing.md, "Liability and breakage report"). Every total is the sum of the
 * rounded rows below it; rates and expected breakage come from the points settled in the window.
 */
public record LiabilityReport(
    String mallCode,
    ZoneId zone,
    Instant asOf,
    BigDecimal pointValue,
    Instant windowFrom,
    Valued outstanding,
    List<IssuerTotal> byIssuer,
    List<MonthTotal> byExpiryMonth,
    List<OutstandingRow> rows,
    List<SettledMonth> months,
    List<ExpiredRow> expired,
    Rates rates,
    Optional<Valued> expectedBreakage) {

  public LiabilityReport {
    byIssuer = List.copyOf(byIssuer);
    byExpiryMonth = List.copyOf(byExpiryMonth);
    rows = List.copyOf(rows);
    months = List.copyOf(months);
    expired = List.copyOf(expired);
  }

  /** Who funds points: a tenant, the operator (campaigns, grants) or a partner. */
  public enum IssuerKind {
    TENANT,
    OPERATOR,
    PARTNER
  }

  /** Where a row's cost per point comes from. */
  public enum CostBasis {
    /** The tenant's clearing terms in force now. */
    TERMS,
    /** No clearing terms (the operator, a partner): valued at the point value. */
    POINT_VALUE
  }

  /** An issuer as the report names it: a tenant's code, {@code OPERATOR}, a partner's code. */
  public record Issuer(IssuerKind kind, String code, String name) {}

  /** An issuer's cost per point and where it comes from. */
  public record Cost(BigDecimal perPoint, CostBasis basis) {}

  /** Points with their value at the point value and at the issuers' cost. */
  public record Valued(long points, BigDecimal atPointValue, BigDecimal atCost) {}

  /** The points an issuer has outstanding that expire in one month (the input of a row). */
  public record OutstandingPoints(Issuer issuer, YearMonth expiryMonth, long points, long lots) {}

  /** One issuer's outstanding points of one expiry month, valued (each value rounded once). */
  public record OutstandingRow(
      Issuer issuer,
      YearMonth expiryMonth,
      long points,
      long lots,
      BigDecimal atPointValue,
      Cost cost,
      BigDecimal atCost) {}

  /** One issuer's outstanding points over every expiry month: sums of its rows. */
  public record IssuerTotal(Issuer issuer, Cost cost, Valued outstanding) {}

  /** One expiry month's outstanding points over every issuer: sums of its rows. */
  public record MonthTotal(YearMonth month, Valued outstanding) {}

  /** Points expired and redeemed in one month of the window (booked time). */
  public record SettledMonth(YearMonth month, long redeemed, long expired) {}

  /** Points of one issuer that expired in one month of the window. */
  public record ExpiredRow(YearMonth month, Issuer issuer, long points) {}

  /**
   * The points whose fate was settled in the window, redeemed ({@code redeemed}, never below 0) or
   * expired ({@code expired}); the rates are empty when none was settled.
   */
  public record Rates(
      long redeemed,
      long expired,
      Optional<BigDecimal> redemptionRate,
      Optional<BigDecimal> breakageRate) {

    public long settled() {
      return redeemed + expired;
    }
  }
}
