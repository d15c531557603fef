package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Carries accepted dispute corrections onto the tenants' statements of a period (docs/clearing.md,
 * "Dispute corrections"): one {@link LineKind#DISPUTE_CORRECTION} line per correction, after the
 * statement's own lines, with the amount as agreed (never rounded again: it is whole fen). Pure:
 * the same statements and corrections give the same result.
 *
 * <p>Invariant: a tenant with a correction has a statement even without points booked in the
 * period, and each net stays the sum of its lines, so the operator's statement computed after this
 * mirrors every correction and the run still nets to 0.00.
 */
final class CorrectionLines {

  private CorrectionLines() {}

  /**
   * The tenants' statements with their corrections added, in party code order; {@code codes} names
   * each correction's tenant, and a correction of a tenant without a statement makes one of its
   * own. Corrections are taken in the order given (oldest answer first).
   */
  static List<Statement> carry(
      List<Statement> tenants,
      List<PendingCorrection> corrections,
      Map<Long, String> codes,
      Instant from,
      Instant to) {
    if (corrections.isEmpty()) {
      return tenants;
    }
    Map<String, List<StatementLine>> added = new TreeMap<>();
    for (PendingCorrection c : corrections) {
      String code = codes.get(c.tenantId());
      if (code == null) {
        throw new IllegalArgumentException("no code for tenant " + c.tenantId());
      }
      added.computeIfAbsent(code, k -> new ArrayList<>()).add(line(c, from, to));
    }
    Map<String, Statement> byParty = new TreeMap<>();
    tenants.forEach(s -> byParty.put(s.party(), s));
    added.forEach(
        (code, lines) -> {
          Statement before = byParty.get(code);
          List<StatementLine> all = new ArrayList<>(before == null ? List.of() : before.lines());
          all.addAll(lines);
          byParty.put(
              code,
              new Statement(
                  code,
                  all,
                  all.stream()
                      .map(StatementLine::amount)
                      .reduce(BigDecimal.ZERO.setScale(StatementArithmetic.SCALE), BigDecimal::add),
                  before == null ? Optional.empty() : before.block()));
        });
    return List.copyOf(byParty.values());
  }

  /**
   * A correction's line over the period carrying it: no points, no rate, no entries behind it; it
   * names the dispute, its run and the start of the disputed run's booked period.
   */
  static StatementLine line(PendingCorrection c, Instant from, Instant to) {
    return new StatementLine(
        LineKind.DISPUTE_CORRECTION,
        from,
        to,
        0,
        null,
        c.amount().setScale(StatementArithmetic.SCALE),
        LineTrace.NONE,
        new Adjustment(
            Adjustment.Source.DISPUTE,
            c.disputeId(),
            "Dispute " + c.disputeId() + ", run " + c.originalRunId(),
            c.originalBookedFrom()));
  }
}
