package com.atrium.platform;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a unique-constraint violation anywhere in a failure's causes: the signal that a
 * concurrent request created the same row first (PostgreSQL SQLState 23505, Oracle ORA-00001).
 */
public final class UniqueViolation {

  private UniqueViolation() {}

  public static boolean isCauseOf(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql
          && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1)) {
        return true;
      }
    }
    return false;
  }
}
