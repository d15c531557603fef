package com.atrium.earning;

/**
 * What one rule contributed to a sale's points; {@code multiplier} is null for additive rules,
 * {@code campaign} names the campaign for operator-funded campaign points (null otherwise). Points
 * may be negative: a multiplier below 1 or a cap takes points away.
 */
public record Contribution(String rule, String multiplier, long points, String campaign) {

  public Contribution(String rule, String multiplier, long points) {
    this(rule, multiplier, points, null);
  }

  /**
   * Campaign points are funded by the operator's marketing account, everything else by the tenant.
   */
  public boolean operatorFunded() {
    return campaign != null;
  }
}
