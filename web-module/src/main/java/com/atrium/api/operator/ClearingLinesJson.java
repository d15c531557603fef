package com.atrium.api.operator;

import com.atrium.api.ClearingJson;
import com.atrium.clearing.Adjustment;
import com.atrium.clearing.StatementLine;
import com.atrium.clearing.StoredLine;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * A statement line as JSON, one shape for drafts and stored runs: kind, rate period, points, rate,
 * amount, how many journal entries are behind it and, on an adjustment line, what it adjusts.
 */
final class ClearingLinesJson {

  private ClearingLinesJson() {}

  /** A draft's line: its entries counted, no id (a draft is not kept). */
  static JsonObjectBuilder line(StatementLine l) {
    return line(l, true, null);
  }

  /** A stored line with its id; a line stored before entries were counted has no count. */
  static JsonObjectBuilder line(StoredLine stored) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("id", stored.id());
    b.addAll(line(stored.line(), stored.traced(), stored.adjustsPeriodStart()));
    return b;
  }

  private static JsonObjectBuilder line(StatementLine l, boolean counted, LocalDate periodStart) {
    JsonObjectBuilder b = ClearingJson.line(l);
    if (counted) {
      b.add("entries", l.entries());
    }
    Adjustment a = l.adjusts();
    if (a != null) {
      JsonObjectBuilder adjusts =
          Json.createObjectBuilder()
              .add("source", a.source().name())
              .add("id", a.id())
              .add("reference", a.reference())
              .add("bookedAt", a.originalBookedAt().toString());
      if (periodStart != null) {
        adjusts.add("periodStart", periodStart.toString());
      }
      b.add("adjusts", adjusts);
    }
    return b;
  }
}
