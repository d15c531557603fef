package com.atrium.api.pos;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to an exactly-once machine write: 201 with the result, and the header {@value
 * #REPLAYED} saying whether it repeats the result of an earlier identical request.
 */
final class Replays {

  /** Set on a response that repeats the result of an earlier identical request. */
  static final String REPLAYED = "Idempotent-Replayed";

  private Replays() {}

  static Response created(boolean replayed, Object entity) {
    return Response.status(Response.Status.CREATED)
        .header(REPLAYED, replayed)
        .entity(entity)
        .build();
  }

  static Response created(URI location, boolean replayed, Object entity) {
    return Response.created(location).header(REPLAYED, replayed).entity(entity).build();
  }
}
