/**
 * Membership tiers: which tier each member holds ({@code member.tier}), why it changed (tier
 * history), and the operator's hand-set floor. Upgrades happen on the sale that qualifies, within
 * the sale's transaction; downgrades only at the daily review, after a grace period. Reads the
 * qualifying spend as an aggregate over {@code sale}; never writes sales or points. The tier
 * multipliers of earning belong to the earning context.
 */
package com.atrium.tier;
