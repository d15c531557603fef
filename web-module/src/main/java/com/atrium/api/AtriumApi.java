package com.atrium.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The machine-facing API: POS, car park, WiFi, partners and the member app, all under /api/v1.
 *
 * <p>A request body is validated once, by Bean Validation's CDI method interceptor: every resource
 * is a CDI bean (AdapterRulesTest), so Jersey's own validation of the same parameters would only
 * repeat it on each call.
 */
@ApplicationPath("/api")
public class AtriumApi extends Application {

  /** Jersey's {@code ServerProperties.BV_FEATURE_DISABLE}. */
  static final String JERSEY_VALIDATION_DISABLED = "jersey.config.beanValidation.disable.server";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(JERSEY_VALIDATION_DISABLED, true);
  }
}
