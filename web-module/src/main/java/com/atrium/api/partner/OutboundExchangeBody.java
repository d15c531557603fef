package com.atrium.api.partner;

import com.atrium.platform.Points;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Mall points a linked member turns into partner units. */
public class OutboundExchangeBody {
  @NotNull
  @Size(min = 1, max = 64)
  public String partnerTxnId;

  @NotNull
  @Size(min = 1, max = 64)
  public String memberRef;

  @NotNull
  @Min(1)
  @Max(Points.MAX)
  public Long points;
}
