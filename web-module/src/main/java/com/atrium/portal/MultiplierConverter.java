package com.atrium.portal;

import com.atrium.earning.EarningRuleSet;
import com.atrium.earning.MultiplierLimits;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A multiplier typed into a plain text input ({@code converter="atrium.multiplier"}), judged as
 * typed and refused at the field in the user's language: no number ({@code abc}), negative, more
 * than four decimals, or above the configured maximum ({@code atrium.earning.multiplier-maximum}).
 * So a slip such as {@code 1,000,000} never reaches a simulation or a published version.
 */
@FacesConverter("atrium.multiplier")
public class MultiplierConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
    BigDecimal value = TypedNumber.parse(typed, "input.multiplier.notANumber").orElse(null);
    if (value == null) {
      return null;
    }
    // looked up, not injected: Faces creates converters itself (a managed one was left null)
    BigDecimal maximum = CDI.current().select(MultiplierLimits.class).get().maximum();
    String problem = problem(value, maximum);
    if (problem != null) {
      throw TypedNumber.refusal(
          "input.multiplier." + problem, maximum.stripTrailingZeros().toPlainString());
    }
    return value.stripTrailingZeros();
  }

  /** What is wrong with a multiplier: NEGATIVE, DECIMALS, TOO_LARGE, or null when none. */
  static String problem(BigDecimal value, BigDecimal maximum) {
    if (value.signum() < 0) {
      return "NEGATIVE";
    }
    if (value.stripTrailingZeros().scale() > EarningRuleSet.FACTOR_SCALE) {
      return "DECIMALS";
    }
    if (value.compareTo(maximum) > 0) {
      return "TOO_LARGE";
    }
    return null;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
