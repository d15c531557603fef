package com.atrium.api.partner;

import com.atrium.security.CurrentCaller;
import com.atrium.security.MachineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Lets a partner integrator check that their request signing works: who does Atrium think I am?
 * Only signed PARTNER requests reach it: web.xml limits /api/v1/partner/* to role PARTNER, and the
 * authentication mechanism refuses any other kind of key there.
 */
@Path("v1/partner/whoami")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PartnerWhoAmIResource {

  @Inject CurrentCaller caller;

  /** Who a signed request authenticates as: the key and its partner. */
  public record PartnerIdentity(String keyId, String kind, String partnerCode) {}

  @GET
  public PartnerIdentity whoami() {
    return new PartnerIdentity(
        caller.name(), MachineKind.PARTNER.name(), caller.requirePartnerCode());
  }
}
