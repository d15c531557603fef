package com.atrium.partner;

import java.io.Serializable;
import java.time.Instant;

/**
 * A partner's right definition as the partners page lists it: {@code retiredAt} null while new
 * grants may name it, {@code grants} how many grants name it (none: it may be deleted).
 */
public record RightView(
    long id,
    String code,
    String name,
    String tierFloor,
    int parkingMinutes,
    int wifiExtraMb,
    Instant retiredAt,
    long grants)
    implements Serializable {

  public boolean isRetired() {
    return retiredAt != null;
  }

  public boolean isDeletable() {
    return grants == 0;
  }
}
