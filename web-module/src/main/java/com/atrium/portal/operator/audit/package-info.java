/**
 * The operator admin's audit log page and its CSV export, over {@link com.atrium.audit.AuditTrail};
 * dates typed here are business days in the mall's zone.
 */
package com.atrium.portal.operator.audit;
