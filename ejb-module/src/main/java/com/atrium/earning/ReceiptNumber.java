package com.atrium.earning;

import com.atrium.platform.DomainException;
import java.util.regex.Pattern;

/**
 * The number a till prints on a receipt: 1 to 64 letters, digits, {@code _ . / -}, starting with a
 * letter or digit. Unique per tenant, it identifies a sale; the till's references for a payment
 * with points or a refund are written the same way and checked by the same rule, under their own
 * code and field ({@link #of(String, String, String)}).
 */
public record ReceiptNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}");

  public static final String INVALID = "RECEIPT_NUMBER_INVALID";

  public ReceiptNumber {
    if (!isWellFormed(value)) {
      throw refusal(INVALID, "receiptNumber");
    }
  }

  /** The receipt number as typed; surrounding blanks are dropped. */
  public static ReceiptNumber of(String raw) {
    return of(raw, INVALID, "receiptNumber");
  }

  /** A reference of the till written like a receipt number, refused with the given code. */
  public static ReceiptNumber of(String raw, String code, String field) {
    String trimmed = raw == null ? null : raw.trim();
    if (!isWellFormed(trimmed)) {
      throw refusal(code, field);
    }
    return new ReceiptNumber(trimmed);
  }

  /** True for text this record accepts exactly as it is (no trimming). */
  public static boolean isWellFormed(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  private static DomainException refusal(String code, String field) {
    return DomainException.invalid(
        code, field, "Use 1 to 64 letters, digits or _ . / -, starting with a letter or digit");
  }

  @Override
  public String toString() {
    return value;
  }
}
