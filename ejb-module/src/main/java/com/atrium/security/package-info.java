/**
 * Security context: people (operator staff and merchant assistants) and machines (tenant POS
 * systems) that call Atrium, their credentials and roles, and the caller's tenant scope. Tenant
 * isolation is decided here and enforced by every service through {@link
 * com.atrium.security.CurrentCaller}, never by hiding buttons.
 */
package com.atrium.security;
