package com.atrium.clearing;

/**
 * One stored line with what an export of its drill-down names (docs/clearing.md, "Exports"): its
 * run (mall, period, zone, status, digest) and its statement (the party). Found by the service that
 * decides who may drill into the line ({@link ClearingTraces#line}, {@link TenantStatements#line});
 * its drill-down is then read through that same service's pages.
 */
public record LineDocument(RunView run, StoredStatement statement, StoredLine line) {}
