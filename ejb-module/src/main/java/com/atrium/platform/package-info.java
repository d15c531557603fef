/**
 * Platform: the database (datasource, schema migrations, demo seed), the clock, and the words every
 * context shares: {@code DomainException}, {@code Money}, {@code Points}, {@code IdempotencyKey},
 * {@code ExactlyOnce}, SHA-256 and log masking. Owns no business rule; every bounded context
 * depends on it, it depends on none of them (docs/architecture.md, checked by the architecture
 * tests).
 */
package com.atrium.platform;
