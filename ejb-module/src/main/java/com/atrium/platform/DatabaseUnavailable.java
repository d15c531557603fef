package com.atrium.platform;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises "the database cannot be reached" anywhere in a failure's causes, and nothing else: a
 * connection that could not be made or broke (SQLState class 08, {@link
 * SQLTransientConnectionException}, {@link SQLRecoverableException}), a server shutting down or
 * starting (PostgreSQL 57P01–57P03), or a pool that could not allocate a connection ({@link
 * ResourceAllocationException}). A constraint violation, a syntax error or a bug is not one of
 * them. A write that failed this way did not commit, or committed and is answered by its
 * idempotency key on the retry ({@link ExactlyOnce}).
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  public static boolean isCauseOf(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    push(todo, failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof ResourceAllocationException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        if (isConnectionFailure(sql)) {
          return true;
        }
        push(todo, sql.getNextException());
      }
      if (t instanceof EJBException ejb) {
        push(todo, ejb.getCausedByException());
      }
      push(todo, t.getCause());
    }
    return false;
  }

  private static void push(Deque<Throwable> todo, Throwable t) {
    if (t != null) {
      todo.push(t);
    }
  }

  private static boolean isConnectionFailure(SQLException e) {
    if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
      return true;
    }
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01") // admin_shutdown
            || state.equals("57P02") // crash_shutdown
            || state.equals("57P03")); // cannot_connect_now (starting up, recovering)
  }
}
