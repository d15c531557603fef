package com.atrium.clearing;

import java.util.Objects;

/** A tenant's point figures over one rate period, priced with that period's rates. */
public record RatedPoints(RatePeriod rates, PointFigures points) {
  public RatedPoints {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(points, "points");
  }
}
