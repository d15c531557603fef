package com.atrium.portal;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A rate or percentage typed into a plain text input ({@code converter="atrium.decimal"}): taken
 * exactly as typed, neither rounded nor masked, so that the service judges its bounds and decimals
 * and the form shows that refusal at the field. Only text that is no number is refused here.
 */
@FacesConverter("atrium.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
    return TypedNumber.parse(typed, "input.decimal.notANumber").orElse(null);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
