package com.atrium.api.pos;

import com.atrium.earning.ValidReceiptNumber;
import com.atrium.platform.Points;
import com.atrium.platform.ValidMoney;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Points a member pays with at the till; give the member's phone or card number. */
public class PointPaymentBody {
  @Size(max = 32)
  public String phone;

  @Size(max = 32)
  public String cardNumber;

  @NotNull @ValidReceiptNumber public String paymentReference;

  @NotNull @ValidMoney public BigDecimal billAmount;

  @NotNull
  @Min(1)
  @Max(Points.MAX)
  public Long points;
}
