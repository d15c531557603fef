package com.atrium.api.problem;

import com.atrium.platform.DatabaseUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure because the database cannot be reached is a 503 with Retry-After ({@link
 * ServiceUnavailable}), not a 500; every other failure goes on to {@link ProblemMapper}. Mapped at
 * {@link RuntimeException}, nearer than ProblemMapper's Throwable, because the cause arrives
 * wrapped in whatever the call went through (EJBException, PersistenceException, ...).
 */
@Provider
public class UnavailableProblemMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnavailableProblemMapper.class.getName());

  private final ProblemMapper problems = new ProblemMapper();

  @Override
  public Response toResponse(RuntimeException failure) {
    if (DatabaseUnavailable.isCauseOf(failure)) {
      LOG.log(Level.FINE, "Database unreachable, answered 503: {0}", String.valueOf(failure));
      return ServiceUnavailable.response();
    }
    return problems.toResponse(failure);
  }
}
