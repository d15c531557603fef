package com.atrium.api.pos;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refund of (part of) a sale of this tenant. */
@Schema(name = "RefundRequest")
public class RefundBody {
  @NotBlank
  @Size(max = 64)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*")
  @Schema(description = "Receipt number of the sale refunded", example = "R-20261123-0001")
  public String receiptNumber;

  @Size(max = 64)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*")
  @Schema(
      description = "The till's refund reference, unique per tenant (default: the Idempotency-Key)",
      example = "RF-20261123-0001")
  public String refundReference;

  @NotNull
  @DecimalMin("0.01")
  @DecimalMax("1000000.00")
  @Digits(integer = 7, fraction = 2)
  @Schema(description = "Amount refunded in CNY", example = "40.00")
  public BigDecimal amount;
}
