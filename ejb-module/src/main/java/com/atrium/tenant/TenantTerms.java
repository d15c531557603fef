package com.atrium.tenant;

import java.math.BigDecimal;

/**
 * A tenant's configured commercial terms: how many points it gives per CNY relative to the mall's
 * base rate, what it pays per point it issues, what it is reimbursed per point redeemed at its
 * till, and whether it takes points as cash.
 */
public record TenantTerms(
    Category category,
    BigDecimal earnMultiplier,
    BigDecimal costPerPoint,
    BigDecimal reimbursementPerPoint,
    boolean acceptsPointsAsCash) {}
