package com.atrium.parking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One parking charge as a clearing line's drill-down lists it: the charge ({@code chargeId}, the
 * keyset), its settlement and the car park's session, the business day and booked (settled) time,
 * who pays and why, the minutes and CNY, and for a spend charge the sales (receipts) that unlocked
 * the minutes: the payer tenant's own (the operator's, when the mall has it pay spend minutes:
 * all), each named by its receipt number. {@code releasedAt}: when the settlement was released
 * after the run that counted it was computed (null while it stands): a stored line keeps counting
 * it.
 */
public record SettlementCharge(
    long chargeId,
    long settlementId,
    String sessionId,
    LocalDate businessDay,
    Instant settledAt,
    String payerKind,
    Long tenantId,
    String partnerCode,
    String reason,
    BigDecimal minutes,
    BigDecimal amount,
    Instant releasedAt,
    List<SpendSale> sales) {

  public SettlementCharge {
    sales = List.copyOf(sales);
  }

  /**
   * A sale that unlocked spend minutes: its id, its receipt number (the earning context's), the
   * tenant it was made at, its amount in CNY.
   */
  public record SpendSale(long saleId, String receiptNumber, long tenantId, BigDecimal amount) {}
}
