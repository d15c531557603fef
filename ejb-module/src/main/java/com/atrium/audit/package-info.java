/**
 * Audit context: the append-only record of every operator action that changes money, points, rules
 * or access (who, when, before, after). Owns table {@code audit_event}; never updated.
 */
package com.atrium.audit;
