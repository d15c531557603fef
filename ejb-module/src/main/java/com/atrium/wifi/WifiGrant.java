package com.atrium.wifi;

/**
 * What an authorised device gets: the session's length, the tier's bandwidth (kbit/s) and what is
 * left of the member's data quota for the day in this mall (bytes).
 */
public record WifiGrant(
    String tier,
    int sessionMinutes,
    int upKbps,
    int downKbps,
    long quotaBytes,
    long usedBytes,
    long remainingBytes) {

  public boolean quotaUsedUp() {
    return remainingBytes <= 0;
  }
}
