package com.atrium.api.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner asks to link its member reference to the member with this phone. */
public class LinkRequestBody {
  @NotNull
  @Size(min = 1, max = 64)
  public String memberRef;

  @NotNull
  @Size(min = 1, max = 32)
  public String phone;
}
