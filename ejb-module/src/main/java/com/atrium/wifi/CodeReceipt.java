package com.atrium.wifi;

/**
 * The answer to a code request: the same for a member's phone and any other phone, so that the
 * controller (and whoever stands at the captive portal) never learns who is a member.
 */
public record CodeReceipt(String status, long validMinutes) {

  static CodeReceipt sent() {
    return new CodeReceipt("SENT_IF_MEMBER", WifiCode.VALIDITY.toMinutes());
  }
}
