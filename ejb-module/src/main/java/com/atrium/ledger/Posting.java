package com.atrium.ledger;

/** The result of posting to a member's account: the journal entry written and the new balance. */
public record Posting(long entryId, long balance) {}
