/**
 * The operator's clearing pages (finance and the admin): runs with their statements and lines, each
 * tenant's clearing terms, the tenants' disputes and their answers, and prepaid tenants' blocks.
 * The beans call {@code com.atrium.clearing}'s services and show their refusals in the person's
 * language; no figure is computed here.
 */
package com.atrium.portal.operator.clearing;
