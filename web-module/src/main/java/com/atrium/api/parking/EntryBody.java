package com.atrium.api.parking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A car entered the mall's car park. */
public class EntryBody {
  @NotNull
  @Size(min = 1, max = 64)
  public String sessionId;

  @NotNull
  @Size(min = 1, max = 16)
  public String plate;

  @NotNull public Instant enteredAt;
}
