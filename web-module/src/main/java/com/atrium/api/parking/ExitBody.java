package com.atrium.api.parking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A car's stay at exit, as the car park knows it; the fee due in fen (1/100 CNY). */
public class ExitBody {
  @NotNull
  @Size(min = 1, max = 64)
  public String sessionId;

  @NotNull
  @Size(min = 1, max = 16)
  public String plate;

  @NotNull public Instant enteredAt;

  @NotNull public Instant exitedAt;

  @NotNull
  @Min(0)
  @Max(100_000_000L)
  public Long feeFen;
}
