package com.atrium.redemption;

import com.atrium.earning.Channel;
import com.atrium.earning.ReceiptNumber;
import com.atrium.member.MemberReference;
import com.atrium.platform.IdempotencyKey;
import com.atrium.platform.Money;
import com.atrium.platform.Points;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A payment with points as it is asked for: the member, the till's payment reference (written like
 * a receipt number), the whole bill, the points offered, the channel and the client's optional
 * Idempotency-Key. Its parts were checked when they were built.
 */
public record PointPaymentRequest(
    MemberReference member,
    ReceiptNumber reference,
    Money bill,
    Points points,
    Channel channel,
    IdempotencyKey idempotencyKey) {

  public static final String REFERENCE_INVALID = "PAYMENT_REFERENCE_INVALID";

  public PointPaymentRequest {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(channel, "channel");
  }

  /** Builds the request from what was typed or posted, refusing each part at its field. */
  static PointPaymentRequest of(
      MemberReference member,
      String reference,
      BigDecimal bill,
      long points,
      Channel channel,
      IdempotencyKey idempotencyKey) {
    return new PointPaymentRequest(
        member,
        ReceiptNumber.of(reference, REFERENCE_INVALID, "paymentReference"),
        Money.of(bill, "billAmount"),
        Points.of(points),
        channel,
        idempotencyKey);
  }
}
