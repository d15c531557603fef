package com.atrium.partner;

import com.atrium.platform.DomainException;

/**
 * How many link codes a partner may ask a business day for one member reference and for one phone
 * (docs/partners.md, "Linking"; 0: no limit). The refusal is the same whichever count is reached
 * and whether or not the phone is a member's, so that it tells the partner nothing about the phone.
 */
public record LinkCodeLimit(int perReference, int perPhone) {

  public static final int DEFAULT_PER_REFERENCE = 5;
  public static final int DEFAULT_PER_PHONE = 5;

  public LinkCodeLimit {
    if (perReference < 0 || perPhone < 0) {
      throw new IllegalArgumentException("a limit is 0 (none) or positive");
    }
  }

  /** Refuses one more request when the reference or the phone has had its codes today. */
  public void check(long byReferenceToday, long byPhoneToday) {
    if ((perReference > 0 && byReferenceToday >= perReference)
        || (perPhone > 0 && byPhoneToday >= perPhone)) {
      throw DomainException.tooMany(
          "LINK_CODE_LIMIT",
          "Too many link codes were requested today for this member reference or this phone;"
              + " ask again on the next business day");
    }
  }
}
