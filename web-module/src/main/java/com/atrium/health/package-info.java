/**
 * MicroProfile Health checks, served at the server root: {@code /health/live} (the JVM serves),
 * {@code /health/ready} (database reachable, migrations applied, tenant configuration valid) and
 * {@code /health/started} (the startup singletons finished). A load balancer sends traffic only to
 * a ready instance. Checks stay cheap: they run on every probe.
 */
package com.atrium.health;
