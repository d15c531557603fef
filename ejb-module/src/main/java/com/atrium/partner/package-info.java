/**
 * Partners: banks, airlines, hotels and other programmes whose points are exchanged for mall points
 * and back (docs/partners.md). Owns the partners, their versioned agreements, the links between a
 * partner's member reference and an Atrium member (confirmed by a one-time code), the exchanges
 * (idempotent by the partner's transaction id), a prepaid partner's deposit, and the rights a
 * partner grants its linked members (a tier floor placed through the tier context's service, and
 * perks that parking and WiFi read through {@link PartnerRights}). {@link PartnerExchange} is the
 * one entry point of the REST adapter (and of SOAP later). Points move only through the ledger's
 * postings; members are read through {@code MemberDirectory}; codes go out through the notification
 * outbox. Must not tell a partner whether a phone is a member's.
 */
package com.atrium.partner;
