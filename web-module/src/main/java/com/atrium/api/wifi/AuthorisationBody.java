package com.atrium.api.wifi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A device to authorise: with the phone and its one-time code, or (no code) as a device the member
 * chose to remember; {@code remember} asks to remember it from now on.
 */
public class AuthorisationBody {
  @Size(min = 1, max = 32)
  public String phone;

  @Pattern(regexp = "\\d{6}")
  public String code;

  @NotNull
  @Size(min = 12, max = 17)
  public String mac;

  @Size(max = 64)
  public String accessPoint;

  public Boolean remember;
}
