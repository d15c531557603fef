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
    boolean replayed) {

  public SaleReceipt {
    explanation = List.copyOf(explanation);
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
        true);
  }
}
