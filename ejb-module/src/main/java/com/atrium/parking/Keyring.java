package com.atrium.parking;

import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Versioned secret keys, as configured: {@code version:base64,version:base64,...} and the version
 * in use for new writes. Old versions stay readable until the rekeying job moved every row off them
 * (docs/parking.md, "Rotating the plate keys").
 */
record Keyring(Map<Integer, byte[]> keys, int current) {

  Keyring {
    keys = Collections.unmodifiableMap(new TreeMap<>(keys));
    if (!keys.containsKey(current)) {
      throw new IllegalStateException("No key of the current version " + current);
    }
  }

  /** Parses {@code 1:base64,2:base64}; every key must have {@code minBytes} bytes at least. */
  static Keyring parse(String name, String spec, int current, int minBytes) {
    Map<Integer, byte[]> keys = new TreeMap<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int colon = p.indexOf(':');
      if (colon < 1) {
        throw new IllegalStateException(name + ": expected version:base64, not " + mask(p));
      }
      int version = Integer.parseInt(p.substring(0, colon).trim());
      byte[] key = Base64.getDecoder().decode(p.substring(colon + 1).trim());
      if (key.length < minBytes) {
        throw new IllegalStateException(
            name + ": key version " + version + " has " + key.length + " bytes, needs " + minBytes);
      }
      if (keys.put(version, key) != null) {
        throw new IllegalStateException(name + ": key version " + version + " given twice");
      }
    }
    if (!keys.containsKey(current)) {
      throw new IllegalStateException(name + ": no key of the current version " + current);
    }
    return new Keyring(keys, current);
  }

  byte[] key(int version) {
    byte[] k = keys.get(version);
    if (k == null) {
      throw new IllegalStateException("No plate key of version " + version + " is configured");
    }
    return k;
  }

  byte[] currentKey() {
    return keys.get(current);
  }

  private static String mask(String p) {
    return p.length() <= 4 ? "****" : p.substring(0, 4) + "…";
  }
}
