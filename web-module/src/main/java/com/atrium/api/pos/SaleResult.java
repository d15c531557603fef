package com.atrium.api.pos;

import com.atrium.earning.Contribution;
import com.atrium.earning.SaleReceipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A recorded sale as the POS sees it. */
public record SaleResult(
    long saleId,
    String tenantCode,
    String cardNumber,
    String receiptNumber,
    BigDecimal amount,
    Instant occurredAt,
    long points,
    long balance,
    List<Contribution> explanation,
    String status,
    Long heldSaleId) {

  /** The status of a sale waiting for approval, as the POS reads it. */
  public static final String PENDING_APPROVAL = "PENDING_APPROVAL";

  static SaleResult of(SaleReceipt r) {
    return new SaleResult(
        r.saleId(),
        r.tenantCode(),
        r.cardNumber(),
        r.receiptNumber(),
        r.amount(),
        r.occurredAt(),
        r.points(),
        r.balance(),
        r.explanation(),
        r.pendingApproval() ? PENDING_APPROVAL : r.status(),
        r.heldSaleId());
  }
}
