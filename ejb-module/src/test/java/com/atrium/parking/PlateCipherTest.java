package com.atrium.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlateCipherTest {

  private static final byte[] K1 = bytes(1);
  private static final byte[] K2 = bytes(2);
  private static final byte[] I1 = bytes(3);
  private static final byte[] I2 = bytes(4);
  private static final PlateNumber PLATE = PlateNumber.of("沪AD12345");

  @Test
  void aSealedPlateOpensAndHoldsNoClearText() {
    PlateCipher cipher = new PlateCipher(ring(1, K1), ring(1, I1));
    PlateCipher.Sealed sealed = cipher.seal(PLATE);

    assertThat(sealed.keyVersion()).isEqualTo(1);
    assertThat(sealed.indexVersion()).isEqualTo(1);
    assertThat(
            new String(
                Base64.getDecoder().decode(sealed.ciphertext()),
                java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("12345");
    assertThat(cipher.open(sealed.ciphertext(), 1)).isEqualTo(PLATE);
    assertThat(cipher.seal(PLATE).ciphertext())
        .as("a fresh nonce each time: equal plates are not equal ciphertexts")
        .isNotEqualTo(sealed.ciphertext());
  }

  @Test
  void theBlindIndexIsStableKeyedAndOfTheNormalisedPlate() {
    PlateCipher cipher = new PlateCipher(ring(1, K1), ring(1, I1));
    String index = cipher.seal(PLATE).blindIndex();

    assertThat(index).hasSize(64).isEqualTo(cipher.seal(PlateNumber.of("沪ad 12345")).blindIndex());
    assertThat(new PlateCipher(ring(1, K1), ring(1, I2)).seal(PLATE).blindIndex())
        .as("another index key, another index")
        .isNotEqualTo(index);
    assertThat(cipher.seal(PlateNumber.of("沪AD12346")).blindIndex()).isNotEqualTo(index);
  }

  @Test
  void aTamperedCiphertextOrAWrongKeyVersionDoesNotOpen() {
    PlateCipher cipher = new PlateCipher(ring(1, K1, 2, K2), ring(1, I1));
    String ct = cipher.seal(PLATE).ciphertext(); // under version 2? no: current is 1
    byte[] raw = Base64.getDecoder().decode(ct);
    raw[raw.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(raw), 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.open(ct, 2))
        .as("the key version is bound in as associated data")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterARotationOldRowsAreFoundAndRekeyedToTheCurrentVersions() {
    PlateCipher before = new PlateCipher(ring(1, K1), ring(1, I1));
    PlateCipher.Sealed old = before.seal(PLATE);

    PlateCipher after = new PlateCipher(ring(1, K1, 2, K2), ring(1, I1, 2, I2));
    // the new keys are configured but version 1 is still current until the switch
    PlateCipher switched = new PlateCipher(ring2(K1, K2), ring2(I1, I2));

    assertThat(switched.indexes(PLATE))
        .as("lookups try the current index key first, then the older ones")
        .containsExactly(switched.index(PLATE, 2), old.blindIndex());
    assertThat(switched.isCurrent(old.keyVersion(), old.indexVersion())).isFalse();
    assertThat(after.isCurrent(old.keyVersion(), old.indexVersion())).isTrue();

    PlateCipher.Sealed rekeyed = switched.seal(switched.open(old.ciphertext(), old.keyVersion()));
    assertThat(rekeyed.keyVersion()).isEqualTo(2);
    assertThat(rekeyed.indexVersion()).isEqualTo(2);
    assertThat(rekeyed.blindIndex()).isEqualTo(switched.index(PLATE, 2));
    assertThat(switched.open(rekeyed.ciphertext(), 2)).isEqualTo(PLATE);
    assertThatThrownBy(() -> new PlateCipher(ring(2, K2), ring(2, I2)).open(old.ciphertext(), 1))
        .as("once version 1 is dropped, what was not rekeyed cannot be read")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keyringsAreParsedFromConfigurationAndCheckedAtOnce() {
    String k1 = Base64.getEncoder().encodeToString(K1);
    String k2 = Base64.getEncoder().encodeToString(K2);
    Keyring ring = Keyring.parse("k", "1:" + k1 + ", 2:" + k2, 2, 32);
    assertThat(ring.current()).isEqualTo(2);
    assertThat(ring.currentKey()).isEqualTo(K2);
    assertThatThrownBy(() -> Keyring.parse("k", "1:" + k1, 2, 32))
        .hasMessageContaining("no key of the current version 2");
    assertThatThrownBy(() -> Keyring.parse("k", "1:AAAA", 1, 32))
        .hasMessageContaining("has 3 bytes, needs 32");
    assertThatThrownBy(() -> Keyring.parse("k", k1, 1, 32))
        .hasMessageContaining("expected version:base64")
        .hasMessageNotContaining(k1);
  }

  private static Keyring ring(int v, byte[] k) {
    return new Keyring(Map.of(v, k), v);
  }

  private static Keyring ring(int v1, byte[] k1, int v2, byte[] k2) {
    return new Keyring(Map.of(v1, k1, v2, k2), v1);
  }

  private static Keyring ring2(byte[] k1, byte[] k2) {
    return new Keyring(Map.of(1, k1, 2, k2), 2);
  }

  private static byte[] bytes(int seed) {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (seed * 31 + i);
    }
    return b;
  }
}
