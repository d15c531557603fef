package com.atrium.api.pos;

import com.atrium.earning.SaleRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

  @NotBlank
  @Size(max = 64)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*")
  @Schema(description = "The till's receipt number; unique per tenant", example = "R-20261123-0001")
  public String receiptNumber;

  @NotNull
  @DecimalMin("0.01")
  @DecimalMax("1000000.00")
  @Digits(integer = 7, fraction = 2)
  @Schema(description = "Amount paid in CNY", example = "88.50")
  public BigDecimal amount;

  @Schema(
      description = "When the sale happened (ISO-8601 instant); default now",
      example = "2026-11-23T09:30:00Z")
  public Instant occurredAt;

  SaleRequest toRequest() {
    return new SaleRequest(phone, cardNumber, receiptNumber, amount, occurredAt);
  }
}
