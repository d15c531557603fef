package com.atrium.redemption;

import java.math.BigDecimal;

/**
 * The result of a refund: points taken back in all, and how (from the sale's lot, recovered from
 * other points or into a negative balance, left unrecovered and flagged).
 */
public record RefundReceipt(
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
    boolean memberFlagged,
    boolean replayed) {}
