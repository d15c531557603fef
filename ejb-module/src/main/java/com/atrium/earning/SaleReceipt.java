package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The result of recording a sale; a replay returns the same receipt with {@code replayed} set. */
public record SaleReceipt(
    long saleId,
    String tenantCode,
    long memberId,
    String cardNumber,
    String receiptNumber,
    BigDecimal amount,
    Instant occurredAt,
    long points,
    long balance,
    List<Contribution> explanation,
    boolean replayed,
    Long heldSaleId,
    String status) {

  /** The sale is booked and its points credited. */
  public static final String BOOKED = "BOOKED";

  /** The sale waits for a manager's or an operator's approval; no points yet. */
  public static final String PENDING_APPROVAL = "PENDING";

  public SaleReceipt {
    explanation = List.copyOf(explanation);
  }

  /** Whether the sale waits for approval (held, not yet booked). */
  public boolean pendingApproval() {
    return heldSaleId != null && PENDING_APPROVAL.equals(status);
  }

  SaleReceipt asReplay() {
    return new SaleReceipt(
        saleId,
        tenantCode,
        memberId,
        cardNumber,
        receiptNumber,
        amount,
        occurredAt,
        points,
        balance,
        explanation,
        true,
        heldSaleId,
        status);
  }
}
