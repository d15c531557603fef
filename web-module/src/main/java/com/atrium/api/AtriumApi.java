package com.atrium.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The machine-facing API: POS, car park, WiFi, partners and the member app, all under /api/v1. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Atrium API",
            version = "1",
            description =
                "Loyalty platform API for POS systems, the car park, the WiFi controller, partners"
                    + " and the member app. Errors are application/problem+json with a stable code."))
public class AtriumApi extends Application {}
