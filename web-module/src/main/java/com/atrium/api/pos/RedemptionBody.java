package com.atrium.api.pos;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reward a member redeems; give the member's phone or card number. */
@Schema(name = "RedemptionRequest")
public class RedemptionBody {
  @NotBlank
  @Size(max = 32)
  @Schema(description = "Code of the reward", example = "COFFEE-CUP")
  public String rewardCode;

  @Size(max = 32)
  public String phone;

  @Size(max = 32)
  public String cardNumber;
}
