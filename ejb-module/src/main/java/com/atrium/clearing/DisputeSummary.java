package com.atrium.clearing;

/** A dispute as finance's list of disputes shows it: the dispute and its mall's code. */
public record DisputeSummary(DisputeView dispute, String mallCode) {}
