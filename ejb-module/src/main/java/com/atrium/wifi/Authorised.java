package com.atrium.wifi;

import java.time.Instant;

/**
 * A granted authorisation as the controller enforces it: session length, bandwidth (kbit/s), the
 * day's quota and what is left of it (bytes), and whether the device is now remembered (never a
 * randomised MAC) until when. The member appears only masked.
 */
public record Authorised(
    String method,
    String member,
    String tier,
    int sessionMinutes,
    int upKbps,
    int downKbps,
    long dailyQuotaBytes,
    long remainingBytes,
    boolean remembered,
    Instant rememberedUntil) {}
