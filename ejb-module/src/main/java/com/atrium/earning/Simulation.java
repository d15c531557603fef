package com.atrium.earning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a draft of the rules would have issued over a past period's sales, against what was actually
 * issued: per tenant and in total.
 */
public record Simulation(
    LocalDate from,
    LocalDate to,
    List<TenantRow> tenants,
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
}
