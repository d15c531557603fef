/** Operator back-office views ({@code /operator/...}): dashboard, tenants. */
package com.atrium.portal.operator;
