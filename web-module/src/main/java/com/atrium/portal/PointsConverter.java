package com.atrium.portal;

import com.atrium.platform.Points;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A number of points typed in the portal ({@code converter="atrium.points"} on a plain text input):
 * refused at its field, saying what is wrong, unless {@link Points} accepts it as typed — {@code
 * 1.5} is a fraction, not 15, and {@code 0} is none, not 1.
 */
@FacesConverter("atrium.points")
public class PointsConverter implements Converter<Long> {

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String typed) {
    BigDecimal points = TypedNumber.parse(typed, "input.points.notANumber").orElse(null);
    if (points == null) {
      return null;
    }
    Points.flawOf(points)
        .ifPresent(
            flaw -> {
              throw TypedNumber.refusal(
                  "input.points." + flaw, TypedNumber.grouped(BigDecimal.valueOf(Points.MAX)));
            });
    return points.longValueExact();
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long points) {
    return points == null ? "" : points.toString();
  }
}
