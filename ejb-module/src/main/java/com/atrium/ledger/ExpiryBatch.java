package com.atrium.ledger;

/**
 * What one expiry batch did: how many member accounts it claimed, how many lots it expired and how
 * many points went to breakage. Zero accounts means no due lot was left unclaimed.
 */
public record ExpiryBatch(int accounts, int lots, long points) {}
