/**
 * Platform: the database (datasource, schema migrations, demo seed) and the clock. Owns no business
 * rule; every bounded context depends on it, it depends on none of them.
 */
package com.atrium.platform;
