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
    List<Contribution> explanation) {

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
        r.explanation());
  }
}
