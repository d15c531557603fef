/**
 * WiFi perks (docs/wifi.md): a mall's WiFi controller, or the FreeRADIUS in front of it, asks for a
 * member's one-time code (sent through the outbox), authorises the member's device with the tier's
 * bandwidth, session minutes and daily data quota, and reports the sessions' usage; the first
 * session of a business day with enough dwell is the member's visit, which may earn operator-funded
 * points. Owns wifi_* tables; phones and MACs are kept only as keyed hashes. Reads members through
 * {@code member.MemberDirectory}, never their table.
 */
package com.atrium.wifi;
