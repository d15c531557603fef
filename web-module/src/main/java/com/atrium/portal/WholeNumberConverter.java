package com.atrium.portal;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A whole number typed into a plain text input ({@code converter="atrium.whole"}), a rate's side or
 * a limit where 0 means none: refused at its field when it is no number, has a fraction or passes a
 * long; zero and negative numbers pass, for the service to judge the bounds and say them.
 */
@FacesConverter("atrium.whole")
public class WholeNumberConverter implements Converter<Long> {

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String typed) {
    BigDecimal n = TypedNumber.parse(typed, "input.whole.notANumber").orElse(null);
    if (n == null) {
      return null;
    }
    if (n.stripTrailingZeros().scale() > 0) {
      throw TypedNumber.refusal("input.whole.FRACTION");
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw TypedNumber.refusal("input.whole.TOO_LARGE");
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }
}
