/**
 * Member context: shoppers, mall-wide. Identity (normalised mobile phone, card number), profile,
 * consents, language and tier (decided by the tier context, stored here). Owns table {@code
 * member}. Other contexts get views ({@code MemberSummary}, {@code MemberContact}), never the
 * entity. Never stores points: the ledger does.
 */
package com.atrium.member;
