/**
 * The machine-facing REST API under {@code /api/v1}: thin adapters that validate a transfer object,
 * call one EJB service and translate its answer. Errors leave through {@link
 * com.atrium.api.problem} as {@code application/problem+json}; no business rule lives here.
 */
package com.atrium.api;
