package com.atrium.wifi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a phone or a MAC under the mall's WiFi key, in hex: equal inputs give equal hashes
 * (so a device is found again), but without the key nobody can try every MAC against a leaked row.
 * The purpose is part of the input so a phone's hash never equals a MAC's.
 */
final class KeyedHash {

  private KeyedHash() {}

  static String of(String key, String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
