/**
 * Security context: people (operator staff and merchant assistants) and machines (POS systems, car
 * parks, WiFi controllers, partners) that call Atrium, their credentials, roles and secrets, and
 * the caller's scope (a tenant, a mall, a partner). Isolation is decided here and enforced by every
 * service through {@link com.atrium.security.CurrentCaller}, never by hiding buttons. Reads no
 * other context's tables: a machine's tenant or mall is an id, checked by the database's keys;
 * whether a login's tenant exists it asks {@link com.atrium.security.TenantDirectory}, which the
 * tenant context above implements.
 */
package com.atrium.security;
