package com.atrium.api.problem;

import com.atrium.platform.DomainException;
import com.atrium.platform.UniqueViolation;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers: a stable code and a human message, never a stack
 * trace. Business refusals keep their code; malformed input is a 400; anything unexpected is a 500
 * with an incident id that is also in the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
      return Problems.response(403, "FORBIDDEN", "The caller may not do this", null);
    }
    Throwable e = unwrap(failure);
    if (e instanceof DomainException d) {
      return Problems.response(status(d.kind()), d.code(), d.getMessage(), d.field());
    }
    if (e instanceof ConstraintViolationException cv) {
      ConstraintViolation<?> first =
          cv.getConstraintViolations().stream()
              .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .orElse(null);
      if (first != null && isParameter(first.getPropertyPath())) {
        // the body itself is missing (e.g. "null"): no field of it is at fault
        return Problems.response(400, "VALIDATION_FAILED", "The request body is required", null);
      }
      String field = first == null ? null : leaf(first.getPropertyPath());
      String message = first == null ? "Invalid request" : field + ": " + first.getMessage();
      return Problems.response(400, "VALIDATION_FAILED", message, field);
    }
    if (e instanceof EJBAccessException) {
      return Problems.response(403, "FORBIDDEN", "The caller may not do this", null);
    }
    if (e instanceof JsonbException
        || e instanceof JsonParsingException
        || e instanceof ProcessingException) {
      return Problems.response(
          400, "MALFORMED_BODY", "The request body is not valid JSON of the expected shape", null);
    }
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      if (status == 400 && w.getCause() != null) {
        return Problems.response(
            400,
            "MALFORMED_BODY",
            "The request body is not valid JSON of the expected shape",
            null);
      }
      Response byStatus = Problems.byStatus(status);
      // a 405 keeps the runtime's Allow header: the methods the resource does answer
      String allow = w.getResponse().getHeaderString("Allow");
      return allow == null
          ? byStatus
          : Response.fromResponse(byStatus).header("Allow", allow).build();
    }
    if (UniqueViolation.isCauseOf(e)) {
      return Problems.response(
          409, "DUPLICATE", "A concurrent request already created this; retry to get it", null);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
    return Problems.response(
        500, "INTERNAL_ERROR", "Something went wrong on our side; incident " + incident, null);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof EJBException || e instanceof EJBTransactionRolledbackException)
        && e.getCause() != null
        && e.getCause() != e) {
      e = e.getCause();
    }
    if (e instanceof EJBException ejb && ejb.getCausedByException() != null) {
      e = ejb.getCausedByException();
    }
    return e;
  }

  private static boolean isParameter(Path path) {
    Path.Node last = null;
    for (Path.Node node : path) {
      last = node;
    }
    return last != null && last.getKind() == ElementKind.PARAMETER;
  }

  private static String leaf(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name;
  }

  private static int status(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case FORBIDDEN -> 403;
      case TOO_MANY -> 429;
    };
  }
}
