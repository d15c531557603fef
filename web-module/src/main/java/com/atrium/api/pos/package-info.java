/**
 * REST resources for tenants' POS systems under {@code /api/v1/pos}. Every request is signed
 * (docs/security.md); the caller is the POS key, confined to its tenant.
 */
package com.atrium.api.pos;
