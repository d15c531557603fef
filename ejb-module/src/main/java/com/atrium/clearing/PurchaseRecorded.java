package com.atrium.clearing;

/** A block purchase and whether this request replayed one recorded before with the same body. */
public record PurchaseRecorded(BlockPurchaseView purchase, boolean replay) {}
