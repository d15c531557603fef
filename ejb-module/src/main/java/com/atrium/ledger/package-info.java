/**
 * Ledger context: the double-entry points ledger. Accounts (members, tenants' issuance and
 * redemption, operator marketing, partners, breakage), immutable journal entries whose lines sum to
 * zero, and lots that trace every point to its issuer. Owns tables {@code ledger_account}, {@code
 * journal_entry}, {@code journal_line}, {@code points_lot}, {@code lot_consumption}; must not read
 * or write any other context's tables.
 *
 * <p>Points change only through {@link com.atrium.ledger.LedgerPostings} (credit, debit, reversal)
 * and the expiry batches of {@link com.atrium.ledger.LotExpiry} run by {@link
 * com.atrium.ledger.ExpiryJob}; a member's balance is never set, only posted. {@link
 * com.atrium.ledger.LedgerAccounts} opens and finds accounts; {@link
 * com.atrium.ledger.LedgerQueries} answers a member's statement (lines and running balance) and
 * expiries; the ledger check is {@link com.atrium.ledger.LedgerCheck}. Contexts above (clearing,
 * reports) read sums, lots issued and consumed, and the entries behind them through {@link
 * com.atrium.ledger.LedgerReadings}, never the ledger's tables. See docs/ledger.md.
 */
package com.atrium.ledger;
