package com.atrium.api.pos;

import com.atrium.earning.ReceiptNumber;
import com.atrium.earning.SaleRequest;
import com.atrium.earning.ValidReceiptNumber;
import com.atrium.platform.IdempotencyKey;
import com.atrium.platform.Money;
import com.atrium.platform.ValidMoney;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A sale as the POS posts it; give the member's phone or card number. */
public class SaleBody {
  @Size(max = 32)
  public String phone;

  @Size(max = 32)
  public String cardNumber;

  @NotNull @ValidReceiptNumber public String receiptNumber;

  @NotNull @ValidMoney public BigDecimal amount;

  public Instant occurredAt;

  /**
   * The cashier confirmed an amount above the tenant's normal range; without it such a sale is
   * refused with SALE_CONFIRMATION_REQUIRED (docs/approvals.md).
   */
  public Boolean confirmed;

  boolean isConfirmed() {
    return Boolean.TRUE.equals(confirmed);
  }

  /** The domain's request; its value objects accept what this body's constraints let through. */
  SaleRequest toRequest(String idempotencyKey) {
    return SaleRequest.atPos(
        phone,
        cardNumber,
        ReceiptNumber.of(receiptNumber),
        Money.of(amount),
        occurredAt,
        IdempotencyKey.ofHeader(idempotencyKey));
  }
}
