package com.atrium.parking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts plates at rest (AES-256-GCM, a random 96-bit nonce per value, the key version bound in
 * as associated data) and computes their blind index: HMAC-SHA256 of the normalised plate under a
 * separate index key, so a plate is found by equality without the database ever holding it in
 * clear. Lookups compute the index under every configured index key, so rows not yet re-indexed
 * after a rotation are still found.
 */
public final class PlateCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What is stored for one plate. */
  public record Sealed(String ciphertext, int keyVersion, String blindIndex, int indexVersion) {}

  private final Keyring plateKeys;
  private final Keyring indexKeys;

  PlateCipher(Keyring plateKeys, Keyring indexKeys) {
    this.plateKeys = plateKeys;
    this.indexKeys = indexKeys;
  }

  Sealed seal(PlateNumber plate) {
    return new Sealed(
        encrypt(plate.value(), plateKeys.current()),
        plateKeys.current(),
        index(plate, indexKeys.current()),
        indexKeys.current());
  }

  PlateNumber open(String ciphertext, int keyVersion) {
    try {
      byte[] all = Base64.getDecoder().decode(ciphertext);
      ByteBuffer b = ByteBuffer.wrap(all);
      byte[] nonce = new byte[NONCE_BYTES];
      b.get(nonce);
      byte[] body = new byte[b.remaining()];
      b.get(body);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(plateKeys.key(keyVersion), "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad(keyVersion));
      return PlateNumber.of(new String(c.doFinal(body), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A stored plate does not decrypt under key " + keyVersion, e);
    }
  }

  String encrypt(String plain, int keyVersion) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(plateKeys.key(keyVersion), "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad(keyVersion));
      byte[] body = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  String index(PlateNumber plate, int indexVersion) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(indexKeys.key(indexVersion), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(plate.value().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The plate's blind index under every configured index key, the current one first. */
  List<String> indexes(PlateNumber plate) {
    List<String> all = new ArrayList<>();
    all.add(index(plate, indexKeys.current()));
    for (Map.Entry<Integer, byte[]> k : indexKeys.keys().entrySet()) {
      if (k.getKey() != indexKeys.current()) {
        all.add(index(plate, k.getKey()));
      }
    }
    return all;
  }

  boolean isCurrent(int keyVersion, int indexVersion) {
    return keyVersion == plateKeys.current() && indexVersion == indexKeys.current();
  }

  int currentKeyVersion() {
    return plateKeys.current();
  }

  int currentIndexVersion() {
    return indexKeys.current();
  }

  private static byte[] aad(int keyVersion) {
    return ("atrium-plate-v" + keyVersion).getBytes(StandardCharsets.UTF_8);
  }
}
