package com.atrium.api.partner;

import com.atrium.security.CurrentCaller;
import com.atrium.security.MachineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets a partner integrator check that their request signing works: who does Atrium think I am?
 * Only signed PARTNER requests reach it: web.xml limits /api/v1/partner/* to role PARTNER, and the
 * authentication mechanism refuses any other kind of key there.
 */
@Path("v1/partner/whoami")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner")
@ApplicationScoped
public class PartnerWhoAmIResource {

  @Inject CurrentCaller caller;

  /** Who a signed request authenticates as: the key and its partner. */
  public record PartnerIdentity(
      @Schema(example = "partner-demobank") String keyId,
      @Schema(example = "PARTNER") String kind,
      @Schema(example = "DEMOBANK") String partnerCode) {}

  @GET
  @Operation(summary = "The partner key and partner a correctly signed request authenticates as")
  @APIResponse(
      responseCode = "200",
      description = "keyId, kind and partnerCode of the signing key",
      content = @Content(schema = @Schema(implementation = PartnerIdentity.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public PartnerIdentity whoami() {
    return new PartnerIdentity(
        caller.name(), MachineKind.PARTNER.name(), caller.requirePartnerCode());
  }
}
