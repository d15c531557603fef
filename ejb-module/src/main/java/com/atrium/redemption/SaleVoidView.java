package com.atrium.redemption;

import java.time.Instant;

/** A void as the manager's approval page shows it. */
public record SaleVoidView(
    long id, long saleId, String reason, String voidedBy, Instant voidedAt, String status) {}
