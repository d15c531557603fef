package com.atrium.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number exactly as a person typed it: digits with an optional sign, decimals and thousands
 * separators in groups of three ({@code 1,000.50}); nothing is dropped or rounded, so the domain's
 * value objects judge what was typed and the form can say what is wrong with it.
 */
final class TypedNumber {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");

  private TypedNumber() {}

  /**
   * The number typed, empty for blank input (the field's {@code required} speaks then).
   *
   * @throws NumberFormatException when the text is not a number as people write one
   */
  static Optional<BigDecimal> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String text = typed.strip();
    if (!NUMBER.matcher(text).matches()) {
      throw new NumberFormatException("Not a number: " + text);
    }
    return Optional.of(new BigDecimal(text.replace(",", "")));
  }

  /** The number typed, or a refusal at the field with the text of {@code notANumberKey}. */
  static Optional<BigDecimal> parse(String typed, String notANumberKey) {
    try {
      return parse(typed);
    } catch (NumberFormatException e) {
      throw refusal(notANumberKey);
    }
  }

  /** A refusal at the field being converted, in the user's language. */
  static ConverterException refusal(String key, Object... args) {
    String text = PortalMessages.text(key, args);
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** A limit as the user reads numbers, e.g. {@code 1,000,000.00}. */
  static String grouped(BigDecimal limit) {
    NumberFormat format =
        NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    format.setMinimumFractionDigits(limit.scale());
    format.setMaximumFractionDigits(limit.scale());
    return format.format(limit);
  }
}
