package com.atrium.api.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A right of the agreement granted to a linked member for [validFrom, validUntil); {@code
 * validFrom} left out means now.
 */
public class GrantRightBody {
  @NotNull
  @Size(min = 1, max = 64)
  public String grantId;

  @NotNull
  @Size(min = 1, max = 64)
  public String memberRef;

  @NotNull
  @Size(min = 1, max = 32)
  public String rightCode;

  public Instant validFrom;

  @NotNull public Instant validUntil;
}
