package com.atrium.clearing;

import com.atrium.ledger.EntryKind;
import java.time.Instant;

/**
 * A journal entry behind a tenant's statement line, as the tenant's manager sees it: the entry, its
 * kind, when it was booked and happened, its reference (the ledger's description: "Sale R-17",
 * "Points as cash P-7"), the entry it reverses and its points on the line's side. The member is
 * shown only as a masked card number ({@code 88******1234}), never by id or phone: the id is the
 * card number's body, and a tenant knows its customers by its own receipts.
 */
public record TenantEntry(
    long entryId,
    EntryKind kind,
    Instant bookedAt,
    Instant occurredAt,
    String memberCard,
    String reference,
    Long reversesEntryId,
    long points) {}
