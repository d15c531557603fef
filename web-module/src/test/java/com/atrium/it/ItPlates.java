package com.atrium.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds a plate to a member as the service desk would (consent, then the plate encrypted under the
 * demo keys of ejb-module's microprofile-config.properties, version 1), for tests of the car park
 * API; the desk itself is tested in the browser (PlatesDeskIT).
 */
public final class ItPlates {

  private ItPlates() {}

  public static void bind(long memberId, String normalisedPlate, String masked) {
    Properties config = new Properties();
    try (InputStream in =
        Files.newInputStream(
            Path.of("../ejb-module/src/main/resources/META-INF/microprofile-config.properties"))) {
      config.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] key = keyOf(config.getProperty("atrium.parking.plate-keys"));
    byte[] indexKey = keyOf(config.getProperty("atrium.parking.index-keys"));
    try {
      byte[] nonce = new byte[12];
      new SecureRandom().nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      c.updateAAD("atrium-plate-v1".getBytes(StandardCharsets.UTF_8));
      byte[] body = c.doFinal(normalisedPlate.getBytes(StandardCharsets.UTF_8));
      String ciphertext =
          Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
      String index =
          HexFormat.of().formatHex(mac.doFinal(normalisedPlate.getBytes(StandardCharsets.UTF_8)));
      ItDatabase db = RunningAtrium.database();
      Instant at = Instant.now().minusSeconds(86_400L * 40);
      db.update(
          "insert into plate_consent (id, member_id, text_version, given_at, given_by)"
              + " values (?, ?, 'PLATES-2026-12', ?, 'it')",
          db.nextId(),
          memberId,
          at);
      db.update(
          "insert into plate_binding (id, member_id, ciphertext, key_version, blind_index,"
              + " index_version, masked, bound_at, bound_by) values (?, ?, ?, 1, ?, 1, ?, ?, 'it')",
          db.nextId(),
          memberId,
          ciphertext,
          index,
          masked,
          at);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] keyOf(String spec) {
    return Base64.getDecoder().decode(spec.substring(spec.indexOf(':') + 1).trim());
  }
}
