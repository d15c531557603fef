package com.atrium.api.parking;

import com.atrium.parking.CarPark;
import com.atrium.parking.EntryReceipt;
import com.atrium.parking.ParkingBook;
import com.atrium.parking.ParkingSettlement;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * The car park of the signing key's mall (docs/parking.md): entries, quotes at exit (no effect),
 * settlements (idempotent by session id: a replay answers the original with {@code
 * Idempotent-Replayed: true}, another body is 409) and their release. Minutes and fen on the wire.
 */
@Path("v1/parking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ParkingResource {

  static final String REPLAYED = "Idempotent-Replayed";

  @EJB CarPark carPark;

  /** A car's entry, answered with whether the plate is a member's. */
  public record EntryResult(String sessionId, boolean member) {}

  @POST
  @Path("entries")
  public Response enter(@NotNull @Valid EntryBody body) {
    EntryReceipt r = carPark.enter(body.sessionId, body.plate, body.enteredAt);
    return Response.status(r.replayed() ? 200 : 201)
        .header(REPLAYED, r.replayed())
        .entity(new EntryResult(r.sessionId(), r.member()))
        .build();
  }

  @POST
  @Path("quotes")
  public QuoteResult quote(@NotNull @Valid ExitBody body) {
    return QuoteResult.of(carPark.quote(exit(body)), body.feeFen);
  }

  @POST
  @Path("settlements")
  public Response settle(@NotNull @Valid SettlementBody body) {
    ParkingSettlement.Receipt r =
        carPark.settle(exit(body), body.appliedMinutes, body.appliedFen, body.points);
    return Response.created(
            UriBuilder.fromPath("/api/v1/parking/settlements/{id}").build(r.sessionId()))
        .header(REPLAYED, r.replayed())
        .entity(SettlementResult.of(r))
        .build();
  }

  @POST
  @Path("settlements/{sessionId}/release")
  public Response release(@PathParam("sessionId") String sessionId) {
    ParkingSettlement.Receipt r = carPark.release(sessionId);
    return Response.ok(SettlementResult.of(r)).header(REPLAYED, r.replayed()).build();
  }

  private static ParkingBook.Exit exit(ExitBody b) {
    return new ParkingBook.Exit(b.sessionId, b.plate, b.enteredAt, b.exitedAt, b.feeFen);
  }
}
