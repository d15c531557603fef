package com.atrium.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;

/** Values of native query rows, as the JDBC drivers of PostgreSQL and Oracle return them. */
final class SqlValues {

  private SqlValues() {}

  static Instant instant(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    if (value instanceof Calendar c) {
      return c.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static Long nullableNumber(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
