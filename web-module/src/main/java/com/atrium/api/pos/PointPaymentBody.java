package com.atrium.api.pos;

import com.atrium.earning.ValidReceiptNumber;
import com.atrium.platform.Money;
import com.atrium.platform.Points;
import com.atrium.platform.ValidMoney;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Points a member pays with at the till; give the member's phone or card number. */
@Schema(name = "PointPaymentRequest")
public class PointPaymentBody {
  @Size(max = 32)
  @Schema(description = "Member's mobile phone (or give cardNumber)", example = "13800138000")
  public String phone;

  @Size(max = 32)
  @Schema(description = "Member's card number (or give phone)", example = "880000010503")
  public String cardNumber;

  @NotNull
  @ValidReceiptNumber
  @Schema(
      description = "The till's payment reference; unique per tenant",
      example = "P-20261123-0001")
  public String paymentReference;

  @NotNull
  @ValidMoney
  @Schema(
      minimum = Money.MIN_TEXT,
      maximum = Money.MAX_TEXT,
      description = "The whole bill in CNY",
      example = "120.00")
  public BigDecimal billAmount;

  @NotNull
  @Min(1)
  @Max(Points.MAX)
  @Schema(description = "Points to pay with", example = "3000")
  public Long points;
}
