package com.atrium.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration of a portal chart ({@code p:chart value}): bars and lines over one
 * list of labels, every page's charts drawn alike (not keeping their aspect ratio, legend at the
 * bottom, values from zero). Series names come in already worded: the caller reads the bundle.
 */
public final class Chart {
  private final JsonArrayBuilder labels = Json.createArrayBuilder();
  private final JsonArrayBuilder datasets = Json.createArrayBuilder();
  private boolean horizontal;
  private boolean legend = true;
  private String leftAxis;
  private String rightAxis;

  private Chart(List<String> labels) {
    labels.forEach(this.labels::add);
  }

  /** A chart over these labels (the x axis, or the y axis of a horizontal chart). */
  public static Chart over(List<String> labels) {
    return new Chart(labels);
  }

  /** Lays the bars along the x axis, one row per label. */
  public Chart horizontal() {
    horizontal = true;
    return this;
  }

  /** No legend: for a chart of one series, which the page's heading names. */
  public Chart withoutLegend() {
    legend = false;
    return this;
  }

  /**
   * Two value axes: {@code left} and, when not null, {@code right} (its grid lines not drawn); a
   * series names its axis. The tooltip then shows every series of a label.
   */
  public Chart axes(String left, String right) {
    leftAxis = left;
    rightAxis = right;
    return this;
  }

  /** A series of bars, on the left axis when the chart has axes. */
  public Chart bars(String name, List<? extends Number> values, String colour) {
    return bars(name, values, colour, leftAxis);
  }

  /** A series of bars on the named axis. */
  public Chart bars(String name, List<? extends Number> values, String colour, String axis) {
    datasets.add(
        series("bar", name, values, axis)
            .add("backgroundColor", colour)
            .add("borderRadius", 4)
            .add("order", 2));
    return this;
  }

  /** A line over the bars, on the named axis. */
  public Chart line(String name, List<? extends Number> values, String colour, String axis) {
    datasets.add(
        series("line", name, values, axis)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("tension", 0.3)
            .add("pointRadius", 2)
            .add("order", 1));
    return this;
  }

  private static JsonObjectBuilder series(
      String type, String name, List<? extends Number> values, String axis) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Number v : values) {
      if (v instanceof BigDecimal d) {
        data.add(d);
      } else {
        data.add(v.longValue());
      }
    }
    JsonObjectBuilder s =
        Json.createObjectBuilder().add("type", type).add("label", name).add("data", data);
    if (axis != null) {
      s.add("yAxisID", axis);
    }
    return s;
  }

  /** The configuration as JSON, for {@code p:chart}. */
  public String json() {
    JsonObjectBuilder options =
        Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    options.add(
        "plugins",
        Json.createObjectBuilder()
            .add(
                "legend",
                legend
                    ? Json.createObjectBuilder().add("position", "bottom")
                    : Json.createObjectBuilder().add("display", false)));
    JsonObjectBuilder scales = Json.createObjectBuilder();
    if (leftAxis == null) {
      scales.add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true));
    } else {
      options.add(
          "interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false));
      scales
          .add(
              "x",
              Json.createObjectBuilder()
                  .add("grid", Json.createObjectBuilder().add("display", false)))
          .add(
              leftAxis,
              axis("left").add("grid", Json.createObjectBuilder().add("color", "#eef2f7")));
      if (rightAxis != null) {
        scales.add(
            rightAxis,
            axis("right").add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
      }
    }
    options.add("scales", scales);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder axis(String position) {
    return Json.createObjectBuilder()
        .add("type", "linear")
        .add("position", position)
        .add("beginAtZero", true);
  }
}
