package com.atrium.api.operator;

import com.atrium.ledger.Discrepancy;
import com.atrium.ledger.LedgerCheckReport;
import java.time.Instant;
import java.util.List;

/** The ledger check as JSON: clean or not, when, how long it took, and each discrepancy. */
public record LedgerCheckResult(
    boolean clean,
    Instant checkedAt,
    long millis,
    boolean truncated,
    List<Discrepancy> discrepancies) {

  static LedgerCheckResult of(LedgerCheckReport report) {
    return new LedgerCheckResult(
        report.clean(),
        report.checkedAt(),
        report.millis(),
        report.truncated(),
        report.discrepancies());
  }
}
