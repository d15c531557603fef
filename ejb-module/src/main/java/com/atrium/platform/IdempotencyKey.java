package com.atrium.platform;

/**
 * The client's name for one machine write (header {@code Idempotency-Key}): 1 to 100 characters,
 * not blank. A replay under the same key is answered with the original (see {@link ExactlyOnce}).
 */
public record IdempotencyKey(String value) {

  public static final int MAX_LENGTH = 100;

  public static final String INVALID = "IDEMPOTENCY_KEY_INVALID";

  public IdempotencyKey {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw DomainException.invalid(
          INVALID, "Idempotency-Key", "An Idempotency-Key is 1 to 100 characters");
    }
  }

  /** The key of a header that may be absent (then null); present but malformed is refused. */
  public static IdempotencyKey ofHeader(String header) {
    return header == null ? null : new IdempotencyKey(header);
  }

  /** The key's text, or null without a key (for columns and queries). */
  public static String text(IdempotencyKey key) {
    return key == null ? null : key.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
