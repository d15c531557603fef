package com.atrium.clearing;

/**
 * A block purchase as finance enters it: the points bought, the reference of the invoice or payment
 * (unique per tenant: the purchase's idempotency key) and an optional note.
 */
public record BlockPurchaseDraft(long points, String reference, String note) {}
