package com.atrium.api.wifi;

import com.atrium.wifi.Authorised;
import com.atrium.wifi.WifiGate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Authorises a member's device: with a one-time code or as a remembered device. */
@Path("v1/wifi/authorisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WifiAuthorisationsResource {

  @EJB WifiGate wifi;

  @POST
  public Authorised authorise(@NotNull @Valid AuthorisationBody body) {
    return wifi.authorise(
        body.phone, body.code, body.mac, body.accessPoint, Boolean.TRUE.equals(body.remember));
  }
}
