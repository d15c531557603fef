package com.atrium.api.wifi;

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
import jakarta.ws.rs.core.Response;

/** One-time login codes: 202 and the same body whether or not the phone is a member's. */
@Path("v1/wifi/codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WifiCodesResource {

  @EJB WifiGate wifi;

  @POST
  public Response request(@NotNull @Valid CodeRequestBody body) {
    return Response.accepted(wifi.requestCode(body.phone, body.mac, body.accessPoint)).build();
  }
}
