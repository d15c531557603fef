package com.atrium.api.pos;

import com.atrium.redemption.RefundReceipt;
import java.math.BigDecimal;

/** A refund as the POS sees it: the points it took back and the member's new balance. */
public record RefundResult(
    long refundId,
    String receiptNumber,
    String refundReference,
    BigDecimal amount,
    long points,
    long pointsReversed,
    long pointsRecovered,
    long pointsUnrecovered,
    String policy,
    long balance,
    boolean memberFlagged) {

  static RefundResult of(RefundReceipt r) {
    return new RefundResult(
        r.refundId(),
        r.receiptNumber(),
        r.refundReference(),
        r.amount(),
        r.points(),
        r.pointsReversed(),
        r.pointsRecovered(),
        r.pointsUnrecovered(),
        r.policy(),
        r.balance(),
        r.memberFlagged());
  }
}
