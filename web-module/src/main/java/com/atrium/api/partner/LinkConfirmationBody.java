package com.atrium.api.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The one-time code the member gave the partner. */
public class LinkConfirmationBody {
  @NotNull
  @Size(min = 1, max = 16)
  public String code;
}
