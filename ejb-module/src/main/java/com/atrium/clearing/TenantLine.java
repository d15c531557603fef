package com.atrium.clearing;

/** A line of a tenant's statement with its id, which a dispute may name. */
public record TenantLine(long id, StatementLine line) {}
