package com.atrium.api.pos;

import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Lets a POS integrator check that their request signing works: who does Atrium think I am? Only
 * signed POS requests reach it: web.xml limits /api/v1/pos/* to role POS.
 */
@Path("v1/pos/whoami")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WhoAmIResource {

  @EJB TenantService tenants;

  /** Who a signed request authenticates as. */
  public record Identity(String keyId, String tenantCode, String tenantName) {}

  @GET
  public Identity whoami(@Context SecurityContext security) {
    // the key's tenant, as the authentication mechanism just confirmed it
    TenantView tenant = tenants.own();
    return new Identity(security.getUserPrincipal().getName(), tenant.code(), tenant.name());
  }
}
