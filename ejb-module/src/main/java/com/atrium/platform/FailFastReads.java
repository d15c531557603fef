package com.atrium.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read outside a transaction that failed on a broken connection, by default
 * three times 5 s apart: while the database is away, a request would hang 10 s before its 503. The
 * pool already hands out only validated connections ({@link Database}), so a read fails at once and
 * the client retries after Retry-After instead.
 */
public class FailFastReads implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    DatabaseLogin login = session.getLogin();
    login.setQueryRetryAttemptCount(0);
    login.setDelayBetweenConnectionAttempts(0);
  }
}
