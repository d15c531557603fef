package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a statement: {@code points} of one kind booked in {@code [from, to)}, priced at
 * {@code rate} (CNY per point; null on the operator's lines, which are sums of other lines), and
 * its {@code amount} in CNY at scale 2, positive when the operator owes the party.
 */
public record StatementLine(
    LineKind kind, Instant from, Instant to, long points, BigDecimal rate, BigDecimal amount) {}
