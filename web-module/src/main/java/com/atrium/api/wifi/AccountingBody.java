package com.atrium.api.wifi;

import com.atrium.wifi.WifiSession;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An accounting report of a session: its controller-assigned id, what happened (START, INTERIM,
 * STOP) and the session's totals so far (bytes in and out, seconds), as RADIUS accounting sends.
 */
public class AccountingBody {
  @NotNull
  @Size(min = 1, max = 64)
  public String acctSessionId;

  @NotNull public WifiSession.Report type;

  @NotNull
  @Size(min = 12, max = 17)
  public String mac;

  @NotNull
  @Min(0)
  @Max(Long.MAX_VALUE / 4)
  public Long inputBytes;

  @NotNull
  @Min(0)
  @Max(Long.MAX_VALUE / 4)
  public Long outputBytes;

  @NotNull
  @Min(0)
  @Max(10L * 365 * 24 * 3600)
  public Long sessionSeconds;
}
