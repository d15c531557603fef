/**
 * Operator screens of the rewards catalog: the catalog itself ({@code rewards/list.xhtml}),
 * redeeming at the service desk ({@code rewards/redeem.xhtml}); and the members flagged for
 * customer service ({@code member-flags.xhtml}). Thin: the redemption context's services decide.
 */
package com.atrium.portal.operator.rewards;
