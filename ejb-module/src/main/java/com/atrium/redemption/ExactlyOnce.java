package com.atrium.redemption;

import jakarta.ejb.EJBException;
import java.util.function.Supplier;

/**
 * Runs one attempt of a machine write (its own transaction); when a concurrent identical request
 * won the race at a unique constraint, runs it once more, which then finds and answers with the
 * winner (or refuses a different request with 409).
 */
final class ExactlyOnce {

  private ExactlyOnce() {}

  static <T> T run(Supplier<T> attempt) {
    try {
      return attempt.get();
    } catch (EJBException e) {
      if (!com.atrium.platform.UniqueViolation.isCauseOf(e)) {
        throw e;
      }
      return attempt.get();
    }
  }

  static void requireValidKey(String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      throw com.atrium.platform.DomainException.invalid(
          "IDEMPOTENCY_KEY_INVALID",
          "Idempotency-Key",
          "An Idempotency-Key is 1 to 100 characters");
    }
  }

  static String hash(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(
              p == null
                  ? ""
                  : p instanceof java.math.BigDecimal d
                      ? d.stripTrailingZeros().toPlainString()
                      : p.toString())
          .append('|');
    }
    return com.atrium.security.RequestSignature.sha256Hex(
        b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
