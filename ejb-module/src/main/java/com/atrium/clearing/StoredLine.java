package com.atrium.clearing;

import java.time.LocalDate;

/**
 * A line of a stored statement with its id (to drill down to its entries); {@code traced} is false
 * for lines stored before entries were counted (their count is unknown, not 0); an adjustment names
 * the start of its original's period ({@code adjustsPeriodStart}, in the run's period kind).
 */
public record StoredLine(
    long id, StatementLine line, boolean traced, LocalDate adjustsPeriodStart) {}
