/**
 * The operator admin's machine clients page: keys of POS systems, car parks, WiFi controllers and
 * partners, their secrets and rotation. Translates only: every rule is the security context's
 * ({@code MachineClients}, {@code ApiClient}).
 */
package com.atrium.portal.operator.machines;
