/**
 * The desk's refund of any sale with a reason (docs/approvals.md); the redemption context decides.
 */
package com.atrium.portal.operator.refunds;
