/**
 * Clearing statements as files (docs/clearing.md, "Exports"): CSV, XLSX and the bilingual PDF 对账单
 * of one statement, and the XLSX of a whole run. Renders the views the clearing service returns
 * ({@code StatementDocument}, {@code RunDocument}) and nothing else: it reads no data and decides
 * nothing about who may see a statement, so every endpoint that may hand out a statement (finance's
 * API, a tenant manager's own) renders it with one call to {@link
 * com.atrium.web.clearing.StatementExports}.
 */
package com.atrium.web.clearing;
