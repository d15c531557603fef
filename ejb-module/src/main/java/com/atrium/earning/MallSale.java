package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;

/** One sale of a member at a tenant of a mall, as the parking perks read it. */
public record MallSale(long saleId, long tenantId, BigDecimal amount, Instant occurredAt) {}
