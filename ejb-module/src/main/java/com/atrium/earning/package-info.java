/**
 * Earning context: sales through members and the rules that turn them into points. Owns tables
 * {@code sale}, {@code earning_rule_set} (the versions of the rules, as data), {@code
 * campaign_budget} and {@code campaign_charge}. The evaluation ({@link
 * com.atrium.earning.RuleEvaluator}) is a pure function of one rule version and the sale's facts;
 * its explanation is stored with the sale, and the sale records the member's tier and birthday
 * month it was evaluated with. Credits points only through the ledger (campaign points from the
 * operator's marketing account, the rest from the tenant's issuance account). docs/earning.md.
 */
package com.atrium.earning;
