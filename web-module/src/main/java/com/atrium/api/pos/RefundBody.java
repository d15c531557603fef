package com.atrium.api.pos;

import com.atrium.earning.ValidReceiptNumber;
import com.atrium.platform.ValidMoney;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A refund of (part of) a sale of this tenant. */
public class RefundBody {
  @NotNull @ValidReceiptNumber public String receiptNumber;

  @ValidReceiptNumber public String refundReference;

  @NotNull @ValidMoney public BigDecimal amount;
}
