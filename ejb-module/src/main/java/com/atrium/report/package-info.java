/**
 * Report context: read-only figures for the operator (dashboard now; statements and exports later)
 * and the member history every screen shows, composed from the views of the contexts below (ledger
 * lines, tenant names, sale explanations). Aggregates in the database, never loops over entities;
 * writes nothing.
 */
package com.atrium.report;
