/**
 * Operators' member pages: the member list (search by phone, card or name; phones masked) and one
 * member's detail — points history with explanations, next expiry, tier, tier history, manual tier
 * floor and the messages sent to the member.
 */
package com.atrium.portal.operator.members;
