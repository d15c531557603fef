/**
 * Report context: read-only figures for the operator (the dashboard, the points liability and
 * breakage report; statements and exports later) and the member history every screen shows,
 * composed from the views of the contexts below (ledger figures and lines, clearing terms, tenant
 * names, sale explanations). Aggregates in the database, never loops over entities; writes nothing.
 */
package com.atrium.report;
