package com.atrium.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The machine-facing API: POS, car park, WiFi, partners and the member app, all under /api/v1. */
@ApplicationPath("/api")
public class AtriumApi extends Application {}
