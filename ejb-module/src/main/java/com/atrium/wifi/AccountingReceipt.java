package com.atrium.wifi;

/**
 * The answer to an accounting report: the member's use of the day in this mall, the quota and
 * whether the controller must disconnect the session (the quota is used up), and whether this
 * session made the day's visit.
 */
public record AccountingReceipt(
    String acctSessionId,
    long usedBytesToday,
    long dailyQuotaBytes,
    long remainingBytes,
    boolean disconnect,
    boolean visit) {}
