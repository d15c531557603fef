package com.atrium.partner;

import java.time.Instant;

/** A version of a partner's agreement, in force from {@code effectiveFrom} until the next one. */
public record AgreementView(long id, Instant effectiveFrom, AgreementTerms terms, Instant createdAt)
    implements java.io.Serializable {}
