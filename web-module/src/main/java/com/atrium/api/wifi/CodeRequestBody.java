package com.atrium.api.wifi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The captive portal asks for a one-time code to the phone, for the device at an access point. */
public class CodeRequestBody {
  @NotNull
  @Size(min = 1, max = 32)
  public String phone;

  @NotNull
  @Size(min = 12, max = 17)
  public String mac;

  @Size(max = 64)
  public String accessPoint;
}
