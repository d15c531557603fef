package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new version of a tenant's clearing terms as finance enters it: the rates, the fee, the
 * settlement mode, from when ({@code effectiveFrom}; null: now) and why ({@code note}, optional).
 */
public record TermsDraft(
    BigDecimal costPerPoint,
    BigDecimal reimbursementPerPoint,
    BigDecimal clearingFeePercent,
    SettlementMode settlementMode,
    Instant effectiveFrom,
    String note) {}
