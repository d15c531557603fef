package com.atrium.api.pos;

import com.atrium.earning.ValidReceiptNumber;
import com.atrium.platform.Money;
import com.atrium.platform.ValidMoney;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refund of (part of) a sale of this tenant. */
@Schema(name = "RefundRequest")
public class RefundBody {
  @NotNull
  @ValidReceiptNumber
  @Schema(description = "Receipt number of the sale refunded", example = "R-20261123-0001")
  public String receiptNumber;

  @ValidReceiptNumber
  @Schema(
      description = "The till's refund reference, unique per tenant (default: the Idempotency-Key)",
      example = "RF-20261123-0001")
  public String refundReference;

  @NotNull
  @ValidMoney
  @Schema(
      minimum = Money.MIN_TEXT,
      maximum = Money.MAX_TEXT,
      description = "Amount refunded in CNY",
      example = "40.00")
  public BigDecimal amount;
}
