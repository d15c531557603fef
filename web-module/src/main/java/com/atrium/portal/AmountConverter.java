package com.atrium.portal;

import com.atrium.platform.Money;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A CNY amount typed at a till ({@code converter="atrium.amount"} on a plain text input): refused
 * at its field, saying what is wrong, unless {@link Money} accepts it exactly as typed — a minus is
 * never dropped, a fraction of a fen never rounded.
 */
@FacesConverter("atrium.amount")
public class AmountConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
    BigDecimal amount = TypedNumber.parse(typed, "input.amount.notANumber").orElse(null);
    if (amount == null) {
      return null;
    }
    Money.flawOf(amount)
        .ifPresent(
            flaw -> {
              throw TypedNumber.refusal(
                  "input.amount." + flaw,
                  TypedNumber.grouped(new BigDecimal(Money.MIN_TEXT)),
                  TypedNumber.grouped(new BigDecimal(Money.MAX_TEXT)));
            });
    return amount;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
