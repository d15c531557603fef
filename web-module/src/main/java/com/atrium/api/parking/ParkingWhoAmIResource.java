package com.atrium.api.parking;

import com.atrium.security.CurrentCaller;
import com.atrium.security.MachineKind;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Lets a car park integrator check that their request signing works: who does Atrium think I am?
 * Only signed CAR_PARK requests reach it: web.xml limits /api/v1/parking/* to role CAR_PARK, and
 * the authentication mechanism refuses any other kind of key there.
 */
@Path("v1/parking/whoami")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ParkingWhoAmIResource {

  @Inject CurrentCaller caller;
  @EJB MallRegistry malls;

  /** Who a signed request authenticates as: the key, its kind and its mall. */
  public record ParkingIdentity(String keyId, String kind, String mallCode, String mallName) {}

  @GET
  public ParkingIdentity whoami() {
    MallSummary mall = malls.require(caller.requireMallId());
    return new ParkingIdentity(
        caller.name(), MachineKind.CAR_PARK.name(), mall.code(), mall.name());
  }
}
