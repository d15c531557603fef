package com.atrium.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of resource parameters; more specific than the runtime's own validation
 * mapper, so they too leave as problem documents.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  private final ProblemMapper problems = new ProblemMapper();

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return problems.toResponse(e);
  }
}
