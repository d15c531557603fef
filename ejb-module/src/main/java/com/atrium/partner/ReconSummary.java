package com.atrium.partner;

import java.time.LocalDate;

/** What an upload of a partner's file found: how many lines matched and the size of each queue. */
public record ReconSummary(
    long uploadId,
    String partnerCode,
    LocalDate businessDay,
    int lines,
    int matched,
    int missingInAtrium,
    int missingAtPartner,
    int amountsDiffer) {}
