/** Merchant-assistant views ({@code /merchant/...}), built for a tablet at the till. */
package com.atrium.portal.merchant;
