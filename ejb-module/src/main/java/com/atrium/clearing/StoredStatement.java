package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One party's statement as a run keeps it: the party (a tenant's id and code, or the operator with
 * no id), its net, how many lines it has (read them a page at a time) and a prepaid block's
 * movement.
 */
public record StoredStatement(
    long id,
    PartyKind partyKind,
    Long partyId,
    String party,
    BigDecimal net,
    int lineCount,
    Optional<BlockMovement> block) {}
