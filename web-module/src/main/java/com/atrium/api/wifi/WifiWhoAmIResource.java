package com.atrium.api.wifi;

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
 * Lets a WiFi controller integrator check that their request signing works: who does Atrium think I
 * am? Only signed WIFI_CONTROLLER requests reach it: web.xml limits /api/v1/wifi/* to role
 * WIFI_CONTROLLER, and the authentication mechanism refuses any other kind of key there.
 */
@Path("v1/wifi/whoami")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WifiWhoAmIResource {

  @Inject CurrentCaller caller;
  @EJB MallRegistry malls;

  /** Who a signed request authenticates as: the key, its kind and its mall. */
  public record WifiIdentity(String keyId, String kind, String mallCode, String mallName) {}

  @GET
  public WifiIdentity whoami() {
    MallSummary mall = malls.require(caller.requireMallId());
    return new WifiIdentity(
        caller.name(), MachineKind.WIFI_CONTROLLER.name(), mall.code(), mall.name());
  }
}
