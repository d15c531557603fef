package com.atrium.it;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A car park's settlements and their parking charges written as the parking context stores them
 * (docs/parking.md, "Who pays"), so that a clearing test knows its parking figures exactly.
 */
public final class ItParkingCharges {

  private ItParkingCharges() {}

  /** A charge of a settlement to insert ({@link #settlement}). */
  public record Charge(
      String payerKind,
      Long tenantId,
      String partnerCode,
      String reason,
      String minutes,
      String amount) {}

  public static Charge charge(
      String payerKind,
      Long tenantId,
      String partnerCode,
      String reason,
      String minutes,
      String amount) {
    return new Charge(payerKind, tenantId, partnerCode, reason, minutes, amount);
  }

  /**
   * A car park's settlement of a mall settled at {@code at}, with its charges, as the parking
   * context stores them (the test's own, so that its figures are exact); its id.
   */
  public static long settlement(
      long mallId, String session, Instant at, String state, Charge... charges) {
    ItDatabase db = RunningAtrium.database();
    long id = db.nextId();
    LocalDate day = LocalDate.ofInstant(at, ClearingDay.ZONE);
    db.update(
        "insert into parking_settlement (id, mall_id, session_id, request_hash, business_day,"
            + " entered_at, exited_at, fee_fen, applied_minutes, applied_fen, tier_minutes,"
            + " spend_minutes, point_hours, points, state, settled_at, released_at)"
            + " values (?, ?, ?, 'it', ?, ?, ?, 2500, 0, 0, 0, 0, 0, 0, ?, ?, ?)",
        id,
        mallId,
        session,
        java.sql.Date.valueOf(day),
        java.sql.Timestamp.from(at.minusSeconds(3600)),
        java.sql.Timestamp.from(at),
        state,
        java.sql.Timestamp.from(at),
        "RELEASED".equals(state) ? java.sql.Timestamp.from(at) : null);
    for (Charge c : charges) {
      db.update(
          "insert into parking_charge (id, settlement_id, mall_id, business_day, payer_kind,"
              + " tenant_id, partner_code, reason, minutes, amount)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          db.nextId(),
          id,
          mallId,
          java.sql.Date.valueOf(day),
          c.payerKind(),
          c.tenantId(),
          c.partnerCode(),
          c.reason(),
          new BigDecimal(c.minutes()),
          new BigDecimal(c.amount()));
    }
    return id;
  }

  public static void spendSale(long settlement, long saleId, long tenantId, String amount) {
    RunningAtrium.database()
        .update(
            "insert into parking_spend_sale (settlement_id, sale_id, tenant_id, amount)"
                + " values (?, ?, ?, ?)",
            settlement,
            saleId,
            tenantId,
            new BigDecimal(amount));
  }
}
