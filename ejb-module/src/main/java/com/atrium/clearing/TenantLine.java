package com.atrium.clearing;

/**
 * A line of a tenant's statement with its id, which a dispute may name, and its number on the
 * statement (1 for the first, as the exports number them).
 */
public record TenantLine(long id, int number, StatementLine line) {}
