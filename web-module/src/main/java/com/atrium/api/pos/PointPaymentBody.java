package com.atrium.api.pos;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

  @NotBlank
  @Size(max = 64)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*")
  @Schema(
      description = "The till's payment reference; unique per tenant",
      example = "P-20261123-0001")
  public String paymentReference;

  @NotNull
  @DecimalMin("0.01")
  @DecimalMax("1000000.00")
  @Digits(integer = 7, fraction = 2)
  @Schema(description = "The whole bill in CNY", example = "120.00")
  public BigDecimal billAmount;

  @NotNull
  @Min(1)
  @Max(100_000_000)
  @Schema(description = "Points to pay with", example = "3000")
  public Long points;
}
