/**
 * The second approval of held sales (docs/approvals.md): one page for a tenant's managers and one
 * for operators, over {@link com.atrium.earning.HeldSales}, which decides who sees which.
 */
package com.atrium.portal.approvals;
