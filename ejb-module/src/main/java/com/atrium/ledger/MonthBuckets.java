package com.atrium.ledger;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar months of a zone as SQL buckets: a {@code case} expression that numbers the month an
 * instant column falls in (0 for the first month, and for anything before it; the last number for
 * the last month and anything after it), with the months' starts bound as parameters. Computed in
 * Java so that the zone's rules (offsets, daylight saving) are exact, and portable because both
 * databases compare timestamps the same way.
 */
final class MonthBuckets {

  private final YearMonth first;
  private final List<Instant> cuts = new ArrayList<>();

  MonthBuckets(YearMonth first, YearMonth last, ZoneId zone) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("months from " + first + " to " + last);
    }
    this.first = first;
    for (YearMonth m = first.plusMonths(1); !m.isAfter(last); m = m.plusMonths(1)) {
      cuts.add(m.atDay(1).atStartOfDay(zone).toInstant());
    }
  }

  /** The bucket number of {@code column}, whose cut parameters start at {@code ?firstParam}. */
  String caseOf(String column, int firstParam) {
    if (cuts.isEmpty()) {
      return "0";
    }
    StringBuilder sql = new StringBuilder("case");
    for (int i = 0; i < cuts.size(); i++) {
      sql.append(" when ")
          .append(column)
          .append(" < ?")
          .append(firstParam + i)
          .append(" then ")
          .append(i);
    }
    return sql.append(" else ").append(cuts.size()).append(" end").toString();
  }

  /** Binds the months' starts to the parameters {@link #caseOf} named. */
  void bind(Query query, int firstParam) {
    for (int i = 0; i < cuts.size(); i++) {
      query.setParameter(firstParam + i, Timestamp.from(cuts.get(i)));
    }
  }

  YearMonth month(Object bucket) {
    return first.plusMonths(SqlValues.number(bucket));
  }
}
