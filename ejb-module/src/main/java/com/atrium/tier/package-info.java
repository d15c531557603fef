/**
 * Membership tiers: which tier each member holds ({@code member.tier}), why it changed (tier
 * history), and the operator's hand-set floor. Upgrades happen on the sale that qualifies, observed
 * as earning's {@code SaleRecorded} event within the sale's transaction; downgrades only at the
 * daily review, after a grace period. Reads the qualifying spend from earning's {@code MemberSpend}
 * and changes the member's tier through member's {@code MemberDirectory}; owns {@code tier_status}
 * and {@code tier_change}, never another context's tables, sales or points. The tier multipliers of
 * earning belong to the earning context.
 */
package com.atrium.tier;
