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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sale as the POS posts it; give the member's phone or card number. */
@Schema(name = "SaleRequest")
public class SaleBody {
  @Size(max = 32)
  @Schema(description = "Member's mobile phone (or give cardNumber)", example = "13800138000")
  public String phone;

  @Size(max = 32)
  @Schema(description = "Member's card number (or give phone)", example = "880000010503")
  public String cardNumber;

  @NotNull
  @ValidReceiptNumber
  @Schema(description = "The till's receipt number; unique per tenant", example = "R-20261123-0001")
  public String receiptNumber;

  @NotNull
  @ValidMoney
  @Schema(
      minimum = Money.MIN_TEXT,
      maximum = Money.MAX_TEXT,
      description = "Amount paid in CNY",
      example = "88.50")
  public BigDecimal amount;

  @Schema(
      description = "When the sale happened (ISO-8601 instant); default now",
      example = "2026-11-23T09:30:00Z")
  public Instant occurredAt;

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
