/**
 * Report context: read-only figures for the operator (dashboard now; statements and exports later).
 * Aggregates in the database, never loops over entities; writes nothing.
 */
package com.atrium.report;
