package com.atrium.earning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a draft of the rules would have issued over a past period's sales, against what was actually
 * issued: per tenant, per day (in the scope's zone, days without sales left out) and in total.
 */
public record Simulation(
    LocalDate from,
    LocalDate to,
    List<TenantRow> tenants,
    List<DayRow> days,
    long sales,
    long actual,
    long simulated,
    long simulatedByOperator,
    Duration took) {

  /** One tenant's sales in the period. */
  public record TenantRow(
      String tenantCode,
      String tenantName,
      long sales,
      long actual,
      long simulated,
      long simulatedByOperator) {

    public long difference() {
      return simulated - actual;
    }
  }

  public long difference() {
    return simulated - actual;
  }

  /** One day's sales in the period, every tenant of the scope together. */
  public record DayRow(LocalDate day, long sales, long actual, long simulated) {

    public long difference() {
      return simulated - actual;
    }
  }
}
