/**
 * Care context: the service desk's work on a member (docs/members.md) — block and unblock, edit the
 * name, a new phone confirmed by a one-time code sent through the outbox, and manual points
 * adjustments with a second operator's approval above a threshold. Owns tables {@code
 * member_adjustment} and {@code phone_change}; changes the member only through {@code
 * member.MemberDirectory}, points only through {@code ledger.LedgerPostings}, and audits every
 * change. Sits above notification (the codes go through its outbox); nothing below uses it.
 */
package com.atrium.care;
