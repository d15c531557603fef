package com.atrium.earning;

import com.atrium.member.MemberReference;
import com.atrium.platform.IdempotencyKey;
import com.atrium.platform.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A sale as it is asked for: the member, the till's receipt number, the amount, optionally when it
 * happened (default: now) and the client's Idempotency-Key, and the channel it came through. Its
 * parts were checked when they were built, so a request is well formed once it exists.
 */
public record SaleRequest(
    MemberReference member,
    ReceiptNumber receiptNumber,
    Money amount,
    Instant occurredAt,
    Channel channel,
    IdempotencyKey idempotencyKey) {

  public SaleRequest {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(receiptNumber, "receiptNumber");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(channel, "channel");
  }

  /** A till's post: the member by phone or card, the channel POS. */
  public static SaleRequest atPos(
      String phone,
      String cardNumber,
      ReceiptNumber receiptNumber,
      Money amount,
      Instant occurredAt,
      IdempotencyKey idempotencyKey) {
    return new SaleRequest(
        MemberReference.byPhoneOrCard(phone, cardNumber),
        receiptNumber,
        amount,
        occurredAt,
        Channel.POS,
        idempotencyKey);
  }
}
