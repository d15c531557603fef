package com.atrium.tenant;

import java.math.BigDecimal;

/**
 * One membership tier: a member holds the highest tier whose threshold their qualifying spend (CNY
 * over the configured rolling months) reaches; the tier multiplies the points they earn.
 */
public record TierDefinition(
    String code, String nameZh, String nameEn, BigDecimal threshold, BigDecimal earnMultiplier) {}
