package com.atrium.api.pos;

import com.atrium.security.MachineAuthenticator;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Lets a POS integrator check that their request signing works: who does Atrium think I am? Only
 * signed POS requests reach it: web.xml limits /api/v1/pos/* to role POS.
 */
@Path("v1/pos/whoami")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "POS")
public class WhoAmIResource {

  @Inject MachineAuthenticator machines;

  @Context SecurityContext security;

  @GET
  @Operation(summary = "The POS key and tenant a correctly signed request authenticates as")
  @APIResponse(
      responseCode = "200",
      description = "keyId, tenantCode and tenantName of the signing key",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject whoami() {
    String keyId = security.getUserPrincipal().getName();
    var builder = Json.createObjectBuilder().add("keyId", keyId);
    machines
        .describe(keyId)
        .ifPresent(
            p -> builder.add("tenantCode", p.tenantCode()).add("tenantName", p.tenantName()));
    return builder.build();
  }
}
