package com.atrium.portal;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of one kind of number field of the portal, taken from the domain ({@link
 * NumberFields}), and the converter that holds what was typed to them ({@code
 * converter="#{numbers.rewardStock}"} on a plain text input): a minus is never dropped, a fraction
 * never rounded, a value out of bounds never clamped; each is refused at its field saying what is
 * wrong, in the user's language. Blank is left to the field's {@code required}.
 *
 * @param min the least value accepted
 * @param max the greatest value accepted
 * @param decimals how many decimals are allowed (0: whole numbers only)
 * @param unit the key of the unit's name in the bundle ({@code input.unit.*}); a {@code .one}
 *     variant names a single one
 * @param example a value to show in the "not a number" message
 */
public record NumberField(BigDecimal min, BigDecimal max, int decimals, String unit, String example)
    implements Converter<Object>, Serializable {

  /** What is wrong with a typed number, in the order the checks run. */
  public enum Flaw {
    NEGATIVE,
    FRACTION,
    DECIMALS,
    TOO_LARGE,
    TOO_SMALL
  }

  static NumberField whole(long min, long max, String unit, String example) {
    return new NumberField(BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0, unit, example);
  }

  static NumberField decimal(
      BigDecimal min, BigDecimal max, int decimals, String unit, String example) {
    return new NumberField(min, max, decimals, unit, example);
  }

  /** The flaw of a typed (non-null) number; empty when it is within these bounds. */
  public Optional<Flaw> flawOf(BigDecimal typed) {
    if (typed.signum() < 0 && min.signum() >= 0) {
      return Optional.of(Flaw.NEGATIVE);
    }
    if (typed.stripTrailingZeros().scale() > decimals) {
      return Optional.of(decimals == 0 ? Flaw.FRACTION : Flaw.DECIMALS);
    }
    if (typed.compareTo(max) > 0) {
      return Optional.of(Flaw.TOO_LARGE);
    }
    if (typed.compareTo(min) < 0) {
      return Optional.of(Flaw.TOO_SMALL);
    }
    return Optional.empty();
  }

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String typed) {
    BigDecimal n;
    try {
      n = TypedNumber.parse(typed).orElse(null);
    } catch (NumberFormatException e) {
      throw TypedNumber.refusal("input.number.notANumber", example);
    }
    if (n == null) {
      return null;
    }
    flawOf(n).ifPresent(this::refuse);
    return as(n, targetType(context, component));
  }

  /**
   * A refusal saying the flaw; the bound named is the one crossed, with its unit.
   *
   * @throws jakarta.faces.convert.ConverterException always
   */
  private void refuse(Flaw flaw) {
    BigDecimal limit = flaw == Flaw.TOO_SMALL ? min : max;
    String unitKey = unit + (limit.compareTo(BigDecimal.ONE) == 0 ? ".one" : "");
    throw TypedNumber.refusal(
        "input.number." + flaw,
        flaw == Flaw.DECIMALS ? Integer.toString(decimals) : TypedNumber.grouped(limit),
        PortalMessages.text(unitKey));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** The number as the bound property takes it: an int, a long or the decimal itself. */
  static Object as(BigDecimal n, Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return n.intValueExact();
    }
    if (type == long.class || type == Long.class) {
      return n.longValueExact();
    }
    return n;
  }

  private static Class<?> targetType(FacesContext context, UIComponent component) {
    ValueExpression value = component.getValueExpression("value");
    return value == null ? BigDecimal.class : value.getType(context.getELContext());
  }
}
