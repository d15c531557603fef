/**
 * Ledger context: the double-entry points ledger. Accounts (members, tenants' issuance and
 * redemption, operator marketing, partners, breakage), immutable journal entries whose lines sum to
 * zero, and lots that trace every point to its issuer. Owns tables {@code ledger_account}, {@code
 * journal_entry}, {@code journal_line}, {@code points_lot}, {@code lot_consumption}. Also runs the
 * daily expiry job ({@link com.atrium.ledger.ExpiryJob}) and the ledger check ({@link
 * com.atrium.ledger.LedgerCheck}). The only way to change points is through {@link
 * com.atrium.ledger.LedgerService}; a member's balance is never set, only posted. See
 * docs/ledger.md.
 */
package com.atrium.ledger;
