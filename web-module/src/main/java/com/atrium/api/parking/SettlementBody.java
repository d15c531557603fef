package com.atrium.api.parking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What the car park applied at an exit: the stay as quoted, the free minutes and fen it applied (at
 * most the quote's), and the points the member chose to pay (0, or the quote's offer).
 */
public class SettlementBody extends ExitBody {
  @NotNull
  @Min(0)
  @Max(24 * 60)
  public Integer appliedMinutes;

  @NotNull
  @Min(0)
  @Max(100_000_000L)
  public Long appliedFen;

  @NotNull
  @Min(0)
  @Max(1_000_000_000L)
  public Long points;
}
