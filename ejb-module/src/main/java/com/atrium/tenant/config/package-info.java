/**
 * Reading and checking the operator's declarative configuration ({@code tenant-config/}): a
 * MicroProfile config source per file, the rules every value must satisfy, and the startup check
 * that refuses to serve on an invalid configuration. Typed access for the rest of Atrium is {@link
 * com.atrium.tenant.MallConfiguration}; this package must not be used to read values elsewhere.
 */
package com.atrium.tenant.config;
