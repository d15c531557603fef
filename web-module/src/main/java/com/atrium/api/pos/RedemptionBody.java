package com.atrium.api.pos;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reward a member redeems; give the member's phone or card number. */
public class RedemptionBody {
  @NotBlank
  @Size(max = 32)
  public String rewardCode;

  @Size(max = 32)
  public String phone;

  @Size(max = 32)
  public String cardNumber;
}
