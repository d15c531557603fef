package com.atrium.parking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plate and blind-index keys from MicroProfile Config (docs/parking.md): {@code
 * atrium.parking.plate-keys} / {@code plate-key-current} (AES-256, 32 bytes) and {@code
 * atrium.parking.index-keys} / {@code index-key-current} (HMAC, at least 32 bytes). Read once; a
 * rotation is a configuration change and a restart, then the rekeying job.
 */
@ApplicationScoped
public class PlateKeys {

  @Inject
  @ConfigProperty(name = "atrium.parking.plate-keys")
  String plateKeys;

  @Inject
  @ConfigProperty(name = "atrium.parking.plate-key-current")
  int plateKeyCurrent;

  @Inject
  @ConfigProperty(name = "atrium.parking.index-keys")
  String indexKeys;

  @Inject
  @ConfigProperty(name = "atrium.parking.index-key-current")
  int indexKeyCurrent;

  private volatile PlateCipher cipher;

  PlateCipher cipher() {
    PlateCipher c = cipher;
    if (c == null) {
      c =
          new PlateCipher(
              Keyring.parse("atrium.parking.plate-keys", plateKeys, plateKeyCurrent, 32),
              Keyring.parse("atrium.parking.index-keys", indexKeys, indexKeyCurrent, 32));
      cipher = c;
    }
    return c;
  }
}
