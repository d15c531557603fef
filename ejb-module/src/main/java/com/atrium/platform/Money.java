package com.atrium.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of CNY a till or an operator states: at least 0.01, at most 1,000,000.00, in whole fen
 * (trailing zeros beyond the fen are fine, 1.010 is 1.01). Always held at scale 2, so two equal
 * amounts are equal records.
 */
public record Money(BigDecimal amount) {

  /** The smallest amount taken. */
  public static final String MIN_TEXT = "0.01";

  /** The largest amount of one sale, bill or refund. */
  public static final String MAX_TEXT = "1000000.00";

  private static final BigDecimal MAX = new BigDecimal(MAX_TEXT);

  /** Refused amounts carry this code; the field is the caller's name for the amount. */
  public static final String INVALID = "AMOUNT_INVALID";

  public Money {
    if (!isValid(amount)) {
      throw refusal("amount");
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The amount of input field {@code amount}. */
  public static Money of(BigDecimal amount) {
    return of(amount, "amount");
  }

  /** The amount of the input field named {@code field}, refused with that field. */
  public static Money of(BigDecimal amount, String field) {
    if (!isValid(amount)) {
      throw refusal(field);
    }
    return new Money(amount);
  }

  /** True for an amount this record accepts; Bean Validation at the edges asks this too. */
  public static boolean isValid(BigDecimal amount) {
    return amount != null && flawOf(amount).isEmpty();
  }

  /** What is wrong with an amount, so that a form can say it; one rule per flaw, in this order. */
  public enum Flaw {
    NEGATIVE,
    ZERO,
    TOO_LARGE,
    FRACTION_OF_FEN
  }

  /** The flaw of a (non-null) typed amount; empty when this record accepts it. */
  public static Optional<Flaw> flawOf(BigDecimal amount) {
    if (amount.signum() < 0) {
      return Optional.of(Flaw.NEGATIVE);
    }
    if (amount.signum() == 0) {
      return Optional.of(Flaw.ZERO);
    }
    if (amount.compareTo(MAX) > 0) {
      return Optional.of(Flaw.TOO_LARGE);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return Optional.of(Flaw.FRACTION_OF_FEN);
    }
    return Optional.empty();
  }

  private static DomainException refusal(String field) {
    return DomainException.invalid(
        INVALID, field, "An amount is between 0.01 and 1,000,000.00 CNY, in whole fen");
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
