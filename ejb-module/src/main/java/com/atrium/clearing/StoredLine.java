package com.atrium.clearing;

import java.time.LocalDate;

/**
 * A line of a stored statement with its id (to drill down to its entries) and its {@code number} on
 * the statement (1 for the first, as the exports number them); {@code traced} is false for lines
 * stored before entries were counted (their count is unknown, not 0); an adjustment names the start
 * of its original's period ({@code adjustsPeriodStart}, in the run's period kind).
 */
public record StoredLine(
    long id, int number, StatementLine line, boolean traced, LocalDate adjustsPeriodStart) {}
