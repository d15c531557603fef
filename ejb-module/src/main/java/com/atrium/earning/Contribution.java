package com.atrium.earning;

/** What one rule contributed to a sale's points; {@code multiplier} is null for additive rules. */
public record Contribution(String rule, String multiplier, long points) {}
