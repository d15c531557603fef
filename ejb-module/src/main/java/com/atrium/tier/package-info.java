/**
 * Membership tiers: which tier each member holds ({@code member.tier}), why it changed (tier
 * history), the operator's hand-set floor and the floors other contexts place for a period (a
 * partner right's, {@code tier_floor}). Upgrades happen on the sale that qualifies, observed as
 * earning's {@code SaleRecorded} event within the sale's transaction; downgrades only at the daily
 * review, after a grace period. Reads the qualifying spend from earning's {@code MemberSpend} and
 * changes the member's tier through member's {@code MemberDirectory}; owns {@code tier_status},
 * {@code tier_change} and {@code tier_floor}, never another context's tables, sales or points. The
 * tier multipliers of earning belong to the earning context.
 */
package com.atrium.tier;
