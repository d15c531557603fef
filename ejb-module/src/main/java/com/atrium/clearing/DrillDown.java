package com.atrium.clearing;

/**
 * What a stored line's drill-down lists (docs/clearing.md, "Traceability", "Partners", "Parking"),
 * one per API drill-down: {@code …/entries}, {@code …/exchanges}, {@code …/movements}, {@code
 * …/settlements}. {@link LineKind#drillDown()} says which serves a line; the export of a line's
 * drill-down lists the same.
 */
public enum DrillDown {
  /** Journal entries, with their points on the line's side ({@link ClearingTraces#entries}). */
  ENTRIES,
  /** Exchanges with their fees ({@link ClearingTraces#fees}). */
  EXCHANGES,
  /** A prepaid partner's deposit movements ({@link ClearingTraces#movements}). */
  MOVEMENTS,
  /** Parking charges with the sales behind them ({@link ClearingTraces#settlements}). */
  SETTLEMENTS
}
