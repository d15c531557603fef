/**
 * Operator REST calls under {@code /api/v1/operator}: back-office staff, not machines. Guarded in
 * web.xml by the operator roles. Resources here translate only; the work is in the ejb-module's
 * services.
 */
package com.atrium.api.operator;
