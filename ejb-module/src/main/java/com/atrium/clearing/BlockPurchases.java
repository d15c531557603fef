package com.atrium.clearing;

import java.util.List;

/**
 * A tenant's block purchases, newest first, a page at a time, with the block's standing now ({@code
 * balance}; below zero: an overdraft not yet billed) and the settlement mode in force.
 */
public record BlockPurchases(
    long tenantId,
    String tenantCode,
    String tenantName,
    SettlementMode settlementMode,
    long balance,
    List<BlockPurchaseView> purchases,
    int offset,
    int limit,
    long total) {}
