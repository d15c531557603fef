/**
 * Member context: shoppers, mall-wide. Identity (normalised mobile phone, card number), profile,
 * consents, language and tier. Owns table {@code member}. Never stores points: the ledger does.
 */
package com.atrium.member;
