package com.atrium.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one exactly-once mechanism of every machine write (sale, point payment, refund, redemption,
 * registration at a till), run by {@link #run} as attempts of the write's book: a request
 * identified by a business reference and/or an Idempotency-Key, a hash of what was asked, a replay
 * answered with the original, a different request with the same identity refused, and a racing
 * duplicate that loses at a unique constraint retried once so that it finds the winner.
 */
public final class ExactlyOnce {

  /** A stored machine write that can tell a replay of itself from a different request. */
  public interface Recorded {
    boolean sameRequestAs(String requestHash);
  }

  private ExactlyOnce() {}

  /** Whether an attempt looks for an original before it writes. */
  public enum Attempt {
    /** The common case: the unique constraints catch a replay when the write is flushed. */
    ASSUMING_NEW,
    /** After a conflict or a refusal: answer a replay with its original before writing. */
    CHECKING_FIRST
  }

  /**
   * Runs a machine write, each attempt in its own transaction (the caller runs outside one). The
   * first attempt assumes the write is new, which it is far more often than not, and writes without
   * looking for an original: the unique constraints catch a replay at {@link #flush}. Then, and
   * after any refusal (a replay is answered with its original even when the same request would now
   * be refused), it is attempted {@link Attempt#CHECKING_FIRST}: looking for the original before it
   * writes. When that attempt loses a race to a concurrent identical request, it runs once more and
   * finds the winner (or refuses a different request with 409).
   */
  public static <T> T run(Function<Attempt, T> attempt) {
    try {
      return attempt.apply(Attempt.ASSUMING_NEW);
    } catch (RuntimeException e) {
      if (!(e instanceof DomainException) && !lostARace(e)) {
        throw e;
      }
    }
    try {
      return attempt.apply(Attempt.CHECKING_FIRST);
    } catch (RuntimeException e) {
      if (!lostARace(e)) {
        throw e;
      }
      return attempt.apply(Attempt.CHECKING_FIRST);
    }
  }

  /** The attempt met a unique constraint: flushed by {@link #flush}, or at the commit. */
  private static boolean lostARace(RuntimeException e) {
    return e instanceof Duplicate || e instanceof EJBException && UniqueViolation.isCauseOf(e);
  }

  /**
   * Flushes the attempt's writes, turning a unique-constraint violation into {@link Duplicate}: an
   * application exception, so a replay rolls back without the container logging a system failure.
   */
  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        throw new Duplicate();
      }
      throw e;
    }
  }

  /** An attempt met an original (or a concurrent twin) at a unique constraint. */
  @ApplicationException(rollback = true)
  public static final class Duplicate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Duplicate() {
      super("the request was already recorded", null, false, false);
    }
  }

  /** Identifies what was asked: SHA-256 over the parts, amounts without trailing zeros. */
  public static String hash(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(
              p == null
                  ? ""
                  : p instanceof BigDecimal d
                      ? d.stripTrailingZeros().toPlainString()
                      : p instanceof Money m
                          ? m.amount().stripTrailingZeros().toPlainString()
                          : p.toString())
          .append('|');
    }
    return Sha256.hex(b.toString());
  }

  /**
   * The stored original of a request, found by its Idempotency-Key first and then by its business
   * reference; a different request under either identity is refused (409).
   */
  public static <T extends Recorded> Optional<T> originalOf(
      Optional<T> byKey,
      Supplier<Optional<T>> byReference,
      String requestHash,
      Supplier<DomainException> referenceConflict) {
    if (byKey.isPresent()) {
      if (!byKey.get().sameRequestAs(requestHash)) {
        throw DomainException.conflict(
            "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request");
      }
      return byKey;
    }
    Optional<T> original = byReference.get();
    if (original.isPresent() && !original.get().sameRequestAs(requestHash)) {
      throw referenceConflict.get();
    }
    return original;
  }
}
